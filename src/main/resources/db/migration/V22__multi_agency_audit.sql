-- Multi-agency audits graded by the partners themselves: a QA officer invites a named partner user per agency; the
-- partner reads the case for that audit only and grades the same questions, each with its rationale. The agency's
-- view (audit_agency_view) then names the partner who gave it; a view without one was recorded by QA on the
-- agency's behalf.

create table audit_partner (
    id           bigserial primary key,
    audit_id     bigint not null references audit (id),
    partner      text not null,
    agency_code  text not null references agency (code),
    invited_by   text not null,
    invited_at   timestamptz not null,
    constraint audit_partner_once unique (audit_id, partner),
    -- one auditor speaks for each agency, as audit_agency_view keeps one view per agency
    constraint audit_partner_one_per_agency unique (audit_id, agency_code)
);
create index audit_partner_partner on audit_partner (partner, invited_at desc);

alter table audit_agency_view add column partner text;

-- The partner's grade for each question, each with its rationale, as audit_answer holds the local authority's.
create table audit_agency_answer (
    view_id      bigint not null references audit_agency_view (id),
    question_id  bigint not null references audit_question (id),
    grade        text not null check (grade in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE',
                                                'NOT_APPLICABLE')),
    rationale    text not null check (btrim(rationale) <> ''),
    primary key (view_id, question_id)
);
