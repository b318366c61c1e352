-- casework: the child's journey beyond the Front Door. One table per step, each linked to the step that led to it,
-- so the journey can be read back in order. Dates a worker records are dates; due dates are stored as computed when
-- the step began (by the working-day calendar), so a later change of holidays does not move an old deadline.

-- Single assessment (s17): 45 working days from the referral date.
create table assessment (
    id                   bigserial primary key,
    referral_id          bigint not null references referral (id),
    person_id            bigint not null references person (id),
    started_on           date not null,
    due_on               date not null,
    social_worker        text not null,
    allocated_at         timestamptz not null,
    interim_day10_on     date,
    interim_day25_on     date,
    child_seen_on        date,
    child_seen_alone_on  date,
    child_voice          text,
    analysis             text,
    primary_need         text check (primary_need in ('N0', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9')),
    outcome              text check (outcome in ('NFA', 'EARLY_HELP', 'CIN_PLAN', 'STRATEGY_DISCUSSION')),
    completed_on         date,
    authorised_by        text,
    authorised_at        timestamptz,
    created_at           timestamptz not null default now(),
    created_by           text not null,
    version              integer not null default 0,
    constraint assessment_completed_after_start check (completed_on is null or completed_on >= started_on),
    constraint assessment_seen_after_start check (child_seen_on is null or child_seen_on >= started_on),
    constraint assessment_complete check (completed_on is null
        or (outcome is not null and primary_need is not null and btrim(coalesce(analysis, '')) <> '')),
    constraint assessment_authorised check ((authorised_by is null) = (authorised_at is null)
        and (authorised_by is null or completed_on is not null))
);
create unique index assessment_referral on assessment (referral_id);
create index assessment_person on assessment (person_id);
create index assessment_open on assessment (due_on) where completed_on is null;

-- Factors identified at the end of assessment (DfE CIN census codes).
create table assessment_factor (
    assessment_id  bigint not null references assessment (id) on delete cascade,
    code           text not null,
    primary key (assessment_id, code)
);

-- Each parent's involvement in the assessment, fathers by name: not involved needs a reason.
create table assessment_parent (
    assessment_id  bigint not null references assessment (id) on delete cascade,
    person_id      bigint not null references person (id),
    involved       boolean not null,
    how            text,
    constraint assessment_parent_reason check (btrim(coalesce(how, '')) <> ''),
    primary key (assessment_id, person_id)
);

-- Strategy discussion or meeting: held within the LA's set time of the decision that called for it.
create table strategy_discussion (
    id                  bigserial primary key,
    person_id           bigint not null references person (id),
    referral_id         bigint references referral (id),
    decision_id         bigint references decision (id),
    assessment_id       bigint references assessment (id),
    follow_up_of        bigint references strategy_discussion (id),
    requested_at        timestamptz not null,
    due_by              timestamptz not null,
    held_at             timestamptz,
    information_shared  text,
    outcome             text check (outcome in ('S47_SINGLE_AGENCY', 'S47_JOINT', 'S17_ASSESSMENT', 'NFA')),
    rationale           text,
    recorded_by         text,
    created_at          timestamptz not null default now(),
    created_by          text not null,
    version             integer not null default 0,
    constraint strategy_held_after_request check (held_at is null or held_at >= requested_at - interval '1 day'),
    constraint strategy_recorded check (held_at is null or (outcome is not null
        and btrim(coalesce(information_shared, '')) <> '' and btrim(coalesce(rationale, '')) <> ''))
);
create index strategy_discussion_person on strategy_discussion (person_id);

create table strategy_attendee (
    id                     bigserial primary key,
    strategy_discussion_id bigint not null references strategy_discussion (id) on delete cascade,
    name                   text not null,
    agency                 text not null,
    role                   text
);
create index strategy_attendee_discussion on strategy_attendee (strategy_discussion_id);

-- Section 47 enquiry: starts at the strategy discussion that decided on it.
create table s47_enquiry (
    id                      bigserial primary key,
    person_id               bigint not null references person (id),
    strategy_discussion_id  bigint not null unique references strategy_discussion (id),
    joint_with_police       boolean not null,
    started_on              date not null,
    icpc_due_on             date not null,
    concerns_substantiated  boolean,
    outcome                 text check (outcome in ('ICPC', 'CIN_PLAN', 'NFA')),
    completed_on            date,
    social_worker           text not null,
    created_at              timestamptz not null default now(),
    created_by              text not null,
    version                 integer not null default 0,
    constraint s47_completed_after_start check (completed_on is null or completed_on >= started_on),
    constraint s47_complete check (completed_on is null or (outcome is not null and concerns_substantiated is not null))
);
create index s47_enquiry_person on s47_enquiry (person_id);

-- Child protection plan or child in need plan. A CP plan starts only at a conference.
create table plan (
    id                bigserial primary key,
    person_id         bigint not null references person (id),
    kind              text not null check (kind in ('CIN', 'CP')),
    started_on        date not null,
    category          text check (category in ('NEG', 'PHY', 'EMO', 'SAB', 'MUL')),
    assessment_id     bigint references assessment (id),
    s47_enquiry_id    bigint references s47_enquiry (id),
    social_worker     text not null,
    ended_on          date,
    end_reason        text,
    created_at        timestamptz not null default now(),
    created_by        text not null,
    version           integer not null default 0,
    constraint plan_ended_after_start check (ended_on is null or ended_on >= started_on),
    constraint plan_end_reason check ((ended_on is null) = (end_reason is null)),
    constraint plan_cp_category check ((kind = 'CP') = (category is not null))
);
create index plan_person on plan (person_id, started_on);

-- Child protection conference: initial (15 working days from the strategy discussion) or review (3 then 6 months).
create table cp_conference (
    id              bigserial primary key,
    person_id       bigint not null references person (id),
    kind            text not null check (kind in ('INITIAL', 'REVIEW')),
    s47_enquiry_id  bigint references s47_enquiry (id),
    plan_id         bigint references plan (id),
    due_on          date not null,
    held_on         date not null,
    attendees       text not null,
    decision        text not null check (decision in ('CP_PLAN', 'CIN_PLAN', 'NFA', 'CONTINUE_PLAN', 'END_PLAN')),
    category        text check (category in ('NEG', 'PHY', 'EMO', 'SAB', 'MUL')),
    chair           text not null,
    created_at      timestamptz not null default now(),
    created_by      text not null,
    constraint cp_conference_initial check ((kind = 'INITIAL') = (s47_enquiry_id is not null)),
    constraint cp_conference_review check ((kind = 'REVIEW') = (plan_id is not null)),
    constraint cp_conference_category check ((decision in ('CP_PLAN', 'CONTINUE_PLAN')) = (category is not null))
);
create index cp_conference_person on cp_conference (person_id, held_on);
alter table plan add column conference_id bigint references cp_conference (id);
alter table plan add constraint plan_cp_conference check (kind <> 'CP' or conference_id is not null);

-- Child in need plan reviews (CP plans are reviewed at conference).
create table plan_review (
    id        bigserial primary key,
    plan_id   bigint not null references plan (id),
    held_on   date not null,
    note      text not null,
    created_by text not null,
    created_at timestamptz not null default now()
);

-- Visits to a child on a plan.
create table plan_visit (
    id          bigserial primary key,
    plan_id     bigint not null references plan (id),
    visited_on  date not null,
    seen        boolean not null,
    seen_alone  boolean not null,
    note        text,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    constraint plan_visit_alone check (seen or not seen_alone)
);
create index plan_visit_plan on plan_visit (plan_id, visited_on);

-- Signs of Safety mapping, one per meeting; numbered per child so scores can be followed over time.
create table sos_mapping (
    id                    bigserial primary key,
    person_id             bigint not null references person (id),
    assessment_id         bigint references assessment (id),
    plan_id               bigint references plan (id),
    number                integer not null,
    meeting_on            date not null,
    harm                  text,
    danger_statements     text,
    complicating_factors  text,
    existing_safety       text,
    strengths             text,
    safety_goals          text,
    next_steps            text,
    child_worries         text,
    child_good_things     text,
    child_dreams          text,
    created_at            timestamptz not null default now(),
    created_by            text not null,
    constraint sos_mapping_number unique (person_id, number)
);

create table sos_scale (
    id          bigserial primary key,
    mapping_id  bigint not null references sos_mapping (id) on delete cascade,
    given_by    text not null check (given_by in ('WORKER', 'PARENT', 'PARTNER', 'CHILD')),
    name        text not null,
    score       integer not null check (score between 0 and 10)
);
create index sos_scale_mapping on sos_scale (mapping_id);

-- Early help episode: family-level work, reachable from the same front door; step up and down link both ways.
create table early_help_episode (
    id                  bigserial primary key,
    person_id           bigint not null references person (id),
    lead_practitioner   text not null,
    started_on          date not null,
    transfer_id         bigint unique references transfer (id),
    stepped_down_from   bigint references assessment (id),
    assessment_on       date,
    assessment_summary  text,
    outcome             text check (outcome in ('NEEDS_MET', 'STEPPED_UP', 'DECLINED', 'MOVED_AWAY', 'OTHER')),
    ended_on            date,
    stepped_up_contact  bigint references contact (id),
    created_at          timestamptz not null default now(),
    created_by          text not null,
    version             integer not null default 0,
    constraint early_help_ended check ((ended_on is null) = (outcome is null)),
    constraint early_help_ended_after_start check (ended_on is null or ended_on >= started_on),
    constraint early_help_assessed_after_start check (assessment_on is null or assessment_on >= started_on),
    constraint early_help_step_up check ((outcome = 'STEPPED_UP') = (stepped_up_contact is not null))
);
create index early_help_episode_person on early_help_episode (person_id);

-- The family: the children and adults the episode works with.
create table early_help_member (
    episode_id  bigint not null references early_help_episode (id) on delete cascade,
    person_id   bigint not null references person (id),
    primary key (episode_id, person_id)
);
create index early_help_member_person on early_help_member (person_id);

-- Team around the family reviews.
create table early_help_review (
    id          bigserial primary key,
    episode_id  bigint not null references early_help_episode (id),
    held_on     date not null,
    note        text not null,
    next_on     date,
    created_by  text not null,
    created_at  timestamptz not null default now()
);

-- Closure of a child in need episode (the referral) with the DfE reason code; closed only when a manager signs off.
create table closure (
    id             bigserial primary key,
    referral_id    bigint not null unique references referral (id),
    person_id      bigint not null references person (id),
    reason_code    text not null check (reason_code in ('RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8',
                                                        'RC9')),
    closed_on      date not null,
    note           text not null,
    requested_by   text not null,
    requested_at   timestamptz not null,
    signed_off_by  text,
    signed_off_at  timestamptz,
    version        integer not null default 0,
    constraint closure_signed_off check ((signed_off_by is null) = (signed_off_at is null)),
    constraint closure_not_own_sign_off check (signed_off_by is null or signed_off_by <> requested_by)
);
create index closure_person on closure (person_id);

-- The assessment team's manager authorises assessments and signs off closures.
alter table app_user_role drop constraint app_user_role_role_check;
alter table app_user_role add constraint app_user_role_role_check check (role in ('MASH_SOCIAL_WORKER', 'MASH_MANAGER',
    'PARTNER', 'EARLY_HELP', 'ASSESSMENT_SOCIAL_WORKER', 'ASSESSMENT_MANAGER', 'QA_OFFICER', 'PERFORMANCE_ANALYST',
    'SENIOR_LEADER', 'ADMIN'));
