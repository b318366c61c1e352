-- screening: RAG ratings of each child's contact, the screening clocks they set, allocation to a MASH worker, and the
-- alerts the server raises as clocks run out. History is kept: a re-rating or reallocation closes the current row.

-- How long each RAG rating gives the MASH to screen, counted from when the contact was received. ADMIN sets them;
-- a change applies to ratings made after it (each rating keeps the due time it was given).
create table screening_setting (
    rating      text primary key check (rating in ('RED', 'AMBER', 'GREEN')),
    kind        text not null check (kind in ('HOURS', 'WORKING_DAYS', 'WORKING_HOURS')),
    amount      integer not null check (amount > 0),
    updated_by  text not null default 'system',
    updated_at  timestamptz not null default now()
);
insert into screening_setting (rating, kind, amount) values
    ('RED', 'HOURS', 4),
    ('AMBER', 'WORKING_DAYS', 1),
    ('GREEN', 'HOURS', 72);

-- Every rating ever given; the one not yet superseded is current. Re-rating keeps the clock's start (received_at).
create table rag_rating (
    id                  bigserial primary key,
    contact_subject_id  bigint not null references contact_subject (id),
    rating              text not null check (rating in ('RED', 'AMBER', 'GREEN')),
    reason              text not null check (btrim(reason) <> ''),
    clock_start         timestamptz not null,
    due_at              timestamptz not null,
    rated_by            text not null,
    rated_at            timestamptz not null default now(),
    superseded_at       timestamptz,
    constraint rag_rating_due_after_start check (due_at >= clock_start)
);
create unique index rag_rating_current on rag_rating (contact_subject_id) where superseded_at is null;
create index rag_rating_history on rag_rating (contact_subject_id, rated_at desc);
-- The alert job looks for current screening clocks by due time.
create index rag_rating_due on rag_rating (due_at) where superseded_at is null;

-- Who owns a child's contact in the MASH; a reallocation ends the current row and starts another.
create table allocation (
    id                  bigserial primary key,
    contact_subject_id  bigint not null references contact_subject (id),
    allocated_to        text not null,
    allocated_by        text not null,
    allocated_at        timestamptz not null default now(),
    ended_at            timestamptz
);
create unique index allocation_current on allocation (contact_subject_id) where ended_at is null;
create index allocation_worker on allocation (allocated_to, contact_subject_id) where ended_at is null;
create index allocation_history on allocation (contact_subject_id, allocated_at desc);

-- One alert per child's contact, clock and status, however many app instances run the alert job.
create table clock_alert (
    id                  bigserial primary key,
    contact_subject_id  bigint not null references contact_subject (id),
    clock               text not null check (clock in ('DECISION', 'SCREENING')),
    status              text not null check (status in ('DUE_SOON', 'OVERDUE')),
    due_at              timestamptz not null,
    raised_at           timestamptz not null default now(),
    constraint clock_alert_once unique (contact_subject_id, clock, status)
);
create index clock_alert_raised on clock_alert (raised_at desc);

-- The MASH queue: undecided children's contacts by time left on the decision clock.
create index contact_subject_decision_due on contact_subject (decision_due_at, id) where role = 'CHILD';
