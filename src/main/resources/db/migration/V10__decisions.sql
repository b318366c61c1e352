-- screening decisions: one per child's contact, overseen by a manager before it takes effect, then handed on.

create table decision (
    id                    bigserial primary key,
    contact_subject_id    bigint not null unique references contact_subject (id),
    outcome               text not null check (outcome in ('NFA', 'INFORMATION_ADVICE', 'UNIVERSAL_SERVICES',
                                                           'EARLY_HELP', 'SINGLE_ASSESSMENT', 'STRATEGY_DISCUSSION',
                                                           'OPEN_CASE', 'LADO', 'OTHER_LA')),
    threshold_level       integer not null check (threshold_level between 1 and 4),
    -- The threshold document version the worker decided against; a published version never changes.
    threshold_version_id  bigint not null references threshold_version (id),
    -- What the ticked indicators suggested; a chosen level that differs says why.
    suggested_level       integer check (suggested_level between 1 and 4),
    departure_reason      text,
    rationale             text not null check (btrim(rationale) <> ''),
    risk_analysis         text not null check (btrim(risk_analysis) <> ''),
    multi_agency_view     text,
    child_views_sought    boolean not null,
    child_views_reason    text,
    status                text not null check (status in ('AWAITING_OVERSIGHT', 'RETURNED', 'SIGNED_OFF')),
    decided_by            text not null,
    decided_at            timestamptz not null,
    overseen_by           text,
    overseen_at           timestamptz,
    oversight_comment     text,
    -- Optimistic lock: a form or oversight loaded at one version cannot overwrite a later one.
    version               integer not null default 0,
    constraint decision_departure_reason check (suggested_level is null or suggested_level = threshold_level
        or btrim(coalesce(departure_reason, '')) <> ''),
    constraint decision_child_views check (child_views_sought or btrim(coalesce(child_views_reason, '')) <> ''),
    -- Nothing takes effect without a manager's signed comment; for a strategy discussion (s47) that is the manager.
    constraint decision_signed_off check (status <> 'SIGNED_OFF'
        or (overseen_by is not null and overseen_at is not null and btrim(coalesce(oversight_comment, '')) <> '')),
    constraint decision_not_own_oversight check (overseen_by is null or overseen_by <> decided_by)
);
create index decision_awaiting on decision (decided_at) where status = 'AWAITING_OVERSIGHT';

create table decision_indicator (
    decision_id   bigint not null references decision (id) on delete cascade,
    indicator_id  bigint not null references threshold_indicator (id),
    primary key (decision_id, indicator_id)
);

-- Each parent or carer the contact names: were their views sought, and if not, why not.
create table decision_parent_view (
    decision_id         bigint not null references decision (id) on delete cascade,
    contact_subject_id  bigint not null references contact_subject (id),
    sought              boolean not null,
    reason              text,
    primary key (decision_id, contact_subject_id),
    constraint decision_parent_view_reason check (sought or btrim(coalesce(reason, '')) <> '')
);

-- Every oversight step, never rewritten: returns with their reasons, then the sign-off.
create table decision_oversight (
    id           bigserial primary key,
    decision_id  bigint not null references decision (id),
    action       text not null check (action in ('SIGNED_OFF', 'RETURNED')),
    manager      text not null,
    at           timestamptz not null,
    comment      text not null
);
create index decision_oversight_decision on decision_oversight (decision_id, at);

-- The hand-on from the door: to the assessment team (s17/s47, with its referral) or to early help (step down).
-- Sign-off to acceptance is the delay inspectors ask about.
create table transfer (
    id            bigserial primary key,
    decision_id   bigint not null unique references decision (id),
    team          text not null check (team in ('ASSESSMENT', 'EARLY_HELP')),
    referral_id   bigint references referral (id),
    person_id     bigint not null references person (id),
    signed_off_at timestamptz not null,
    accepted_by   text,
    accepted_at   timestamptz,
    constraint transfer_referral check ((team = 'ASSESSMENT') = (referral_id is not null)),
    constraint transfer_accepted check ((accepted_by is null) = (accepted_at is null))
);
create index transfer_waiting on transfer (team, signed_off_at) where accepted_at is null;

-- Mail to referrers, written in the same transaction as the sign-off that caused it.
create table outbox (
    id          bigserial primary key,
    to_address  text not null,
    subject     text not null,
    body        text not null,
    contact_id  bigint references contact (id),
    decision_id bigint references decision (id),
    created_at  timestamptz not null default now(),
    sent_at     timestamptz
);
create index outbox_unsent on outbox (created_at) where sent_at is null;
