-- quality assurance: audit templates as versioned data, case file audits with a rationale for every grade, how the
-- cases were chosen, actions, moderation, live feedback to the worker and manager, and multi-agency views.

-- A template's versions share its name. A draft is edited; publishing it retires the version before. A published
-- or retired version never changes (the triggers below), so an audit always reads the questions it was graded on.
create table audit_template (
    id            bigserial primary key,
    name          text not null check (btrim(name) <> ''),
    version       integer not null check (version > 0),
    status        text not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    created_by    text not null,
    created_at    timestamptz not null default now(),
    published_by  text,
    published_at  timestamptz,
    constraint audit_template_version unique (name, version),
    constraint audit_template_published check (status = 'DRAFT' or (published_by is not null and published_at is not null))
);
create unique index audit_template_one_draft on audit_template (name) where status = 'DRAFT';
create unique index audit_template_one_published on audit_template (name) where status = 'PUBLISHED';

create table audit_section (
    id           bigserial primary key,
    template_id  bigint not null references audit_template (id),
    position     integer not null,
    title        text not null check (btrim(title) <> '')
);
create index audit_section_template on audit_section (template_id, position);

create table audit_question (
    id          bigserial primary key,
    section_id  bigint not null references audit_section (id),
    position    integer not null,
    text        text not null check (btrim(text) <> ''),
    hint        text
);
create index audit_question_section on audit_question (section_id, position);

create function audit_template_is_locked() returns trigger language plpgsql as $$
declare
    t bigint;
begin
    if tg_table_name = 'audit_section' then
        t := coalesce(old.template_id, new.template_id);
    else
        select s.template_id into t from audit_section s where s.id = coalesce(old.section_id, new.section_id);
    end if;
    if exists (select 1 from audit_template where id = t and status <> 'DRAFT') then
        raise exception 'audit template version % is published and cannot change', t
            using errcode = 'insufficient_privilege';
    end if;
    return coalesce(new, old);
end;
$$;
create trigger audit_section_locked before insert or update or delete on audit_section
    for each row execute function audit_template_is_locked();
create trigger audit_question_locked before insert or update or delete on audit_question
    for each row execute function audit_template_is_locked();

-- A sample: the method, period, seed and outcome that chose its cases, so the same choice can be made again.
create table audit_batch (
    id           bigserial primary key,
    method       text not null check (method in ('RANDOM', 'DIP')),
    seed         bigint not null,
    period_from  date not null,
    period_to    date not null,
    outcome      text,
    size         integer not null check (size > 0),
    template_id  bigint not null references audit_template (id),
    created_by   text not null,
    created_at   timestamptz not null default now(),
    constraint audit_batch_dip check (method <> 'DIP' or outcome is not null)
);

-- A case file audit of one child's contact (contact_subject), on the template version it started with.
create table audit (
    id                  bigserial primary key,
    template_id         bigint not null references audit_template (id),
    contact_subject_id  bigint not null references contact_subject (id),
    batch_id            bigint references audit_batch (id),
    sample_method       text not null check (sample_method in ('HAND', 'RANDOM', 'DIP')),
    sample_seed         bigint,
    auditor             text not null,
    live                boolean not null default false,
    status              text not null check (status in ('IN_PROGRESS', 'COMPLETED')),
    overall_grade       text check (overall_grade in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
    overall_rationale   text,
    learning            text,
    started_at          timestamptz not null,
    completed_at        timestamptz,
    constraint audit_completed check (status <> 'COMPLETED' or (overall_grade is not null
        and btrim(coalesce(overall_rationale, '')) <> '' and completed_at is not null)),
    constraint audit_overall_rationale check (overall_grade is null or btrim(coalesce(overall_rationale, '')) <> '')
);
create index audit_subject on audit (contact_subject_id);
create index audit_completed_at on audit (completed_at) where status = 'COMPLETED';

-- Every grade carries its rationale.
create table audit_answer (
    audit_id     bigint not null references audit (id),
    question_id  bigint not null references audit_question (id),
    grade        text not null check (grade in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE',
                                                'NOT_APPLICABLE')),
    rationale    text not null check (btrim(rationale) <> ''),
    primary key (audit_id, question_id)
);

create table audit_action (
    id          bigserial primary key,
    audit_id    bigint not null references audit (id),
    text        text not null check (btrim(text) <> ''),
    owner       text not null check (btrim(owner) <> ''),
    due_on      date not null,
    done_on     date,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    done_by     text
);
create index audit_action_open on audit_action (due_on) where done_on is null;

-- A second auditor agrees with the overall grade or changes it, always saying why; never the original auditor.
create table audit_moderation (
    id              bigserial primary key,
    audit_id        bigint not null unique references audit (id),
    auditor         text not null,
    moderator       text not null,
    original_grade  text not null,
    moderated_grade text not null,
    reason          text not null check (btrim(reason) <> ''),
    moderated_at    timestamptz not null,
    constraint audit_moderation_second_auditor check (moderator <> auditor)
);

-- A live audit's feedback to the case's worker and manager, and when each acknowledged it.
create table audit_feedback (
    id               bigserial primary key,
    audit_id         bigint not null references audit (id),
    recipient        text not null,
    recipient_role   text not null check (recipient_role in ('WORKER', 'MANAGER')),
    sent_at          timestamptz not null,
    acknowledged_at  timestamptz,
    reply            text,
    constraint audit_feedback_once unique (audit_id, recipient)
);
create index audit_feedback_recipient on audit_feedback (recipient, sent_at desc);

-- A multi-agency audit: each agency's auditor grades the same case, and the record keeps each view.
create table audit_agency_view (
    id           bigserial primary key,
    audit_id     bigint not null references audit (id),
    agency_code  text not null references agency (code),
    auditor      text not null check (btrim(auditor) <> ''),
    grade        text not null check (grade in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
    rationale    text not null check (btrim(rationale) <> ''),
    recorded_by  text not null,
    recorded_at  timestamptz not null,
    constraint audit_agency_view_once unique (audit_id, agency_code)
);

-- The default templates, published as version 1.
insert into audit_template (id, name, version, status, created_by, published_by, published_at) values
    (1, 'Front Door contact audit', 1, 'DRAFT', 'system', null, null),
    (2, 'Single assessment audit', 1, 'DRAFT', 'system', null, null),
    (3, 'Multi-agency MASH audit', 1, 'DRAFT', 'system', null, null);

insert into audit_section (id, template_id, position, title) values
    (1, 1, 1, 'The decision at the front door'),
    (2, 1, 2, 'Voice and family'),
    (3, 1, 3, 'Equality and diversity'),
    (4, 2, 1, 'The assessment'),
    (5, 2, 2, 'Equality and diversity'),
    (6, 3, 1, 'Multi-agency working'),
    (7, 3, 2, 'Equality and diversity');

insert into audit_question (section_id, position, text, hint) values
    (1, 1, 'Threshold applied', 'Was the threshold document applied correctly, and the level proportionate to the worries?'),
    (1, 2, 'Consent', 'Was consent sought, or dispensed with for a recorded reason authorised by a manager?'),
    (1, 3, 'Timeliness', 'Was the decision made within one working day, and the RAG rating timely?'),
    (1, 4, 'Management oversight', 'Is the manager''s oversight recorded, with a comment that adds to the decision?'),
    (1, 5, 'Risk and need analysis', 'Does the rationale weigh risk against need, using the history?'),
    (1, 6, 'Multi-agency information', 'Were partner agencies'' checks sought and used?'),
    (2, 1, 'Voice of the child', 'Were the child''s views and lived experience sought and recorded?'),
    (2, 2, 'Fathers included', 'Was the father (or male carers) identified, checked and his views sought?'),
    (3, 1, 'Ethnicity and culture', 'Were the child''s ethnicity and culture considered in the decision?'),
    (3, 2, 'Disability', 'Were any disability and additional needs of the child or parents considered?'),
    (3, 3, 'Language and communication', 'Was the family''s first language known, and an interpreter used where needed?'),
    (3, 4, 'Religion and belief', 'Were faith and beliefs considered where relevant?'),
    (3, 5, 'Sexuality and identity', 'Where relevant, were the child''s sexuality and gender identity considered?'),
    (4, 1, 'Timeliness', 'Was the assessment completed within 45 working days, and the child seen promptly?'),
    (4, 2, 'Voice of the child', 'Is the child''s lived experience at the centre of the assessment?'),
    (4, 3, 'Fathers included', 'Were fathers and male carers assessed?'),
    (4, 4, 'Analysis of risk and need', 'Does the analysis explain what the history and information mean for the child?'),
    (4, 5, 'Management oversight', 'Is supervision and the manager''s authorisation recorded with direction?'),
    (4, 6, 'Plan and outcome', 'Does the outcome follow from the analysis, with a clear plan?'),
    (5, 1, 'Identity and needs', 'Were ethnicity, disability, language, religion and, where relevant, sexuality considered?'),
    (6, 1, 'Information sharing', 'Did each agency share what it knew in time for the decision?'),
    (6, 2, 'Agency checks used', 'Did the decision use the information partners gave?'),
    (6, 3, 'Threshold applied', 'Do the agencies agree the threshold was applied correctly?'),
    (6, 4, 'Feedback to the referrer', 'Was the referrer told the outcome?'),
    (7, 1, 'Identity and needs', 'Were ethnicity, disability, language, religion and, where relevant, sexuality considered?');

update audit_template set status = 'PUBLISHED', published_by = 'system', published_at = now();
select setval(pg_get_serial_sequence('audit_template', 'id'), 3);
select setval(pg_get_serial_sequence('audit_section', 'id'), 7);
