-- legacy import: bringing an old case system's history in, once. Every imported row remembers where it came from,
-- so that running the same files again changes nothing and an interrupted run resumes where it stopped.

-- One dry run or import of one legacy system's files, with what it counted.
create table legacy_run (
    id             bigserial primary key,
    source_system  text not null,
    dry_run        boolean not null,
    started_by     text not null,
    started_at     timestamptz not null default now(),
    finished_at    timestamptz,
    status         text not null default 'RUNNING' check (status in ('RUNNING', 'DONE', 'REJECTED', 'FAILED')),
    problem        text
);
create index legacy_run_system on legacy_run (source_system, id);

-- Per run and record type: rows in the file, created, already there from an earlier run, rejected.
create table legacy_run_count (
    run_id       bigint not null references legacy_run (id),
    source_type  text not null,
    in_file      integer not null,
    created      integer not null,
    already      integer not null,
    rejected     integer not null,
    primary key (run_id, source_type)
);

-- Each rejected row, with its line in the file and why, so that the LA can fix its export.
create table legacy_rejection (
    id           bigserial primary key,
    run_id       bigint not null references legacy_run (id),
    source_type  text not null,
    line         integer not null,
    source_id    text,
    reason       text not null
);
create index legacy_rejection_run on legacy_rejection (run_id, source_type, line);

-- (source system, type, id) -> our row. Written in the same transaction as the row, so it is the resume point.
create table legacy_record (
    source_system  text not null,
    source_type    text not null check (source_type in ('PERSON', 'RELATIONSHIP', 'CONTACT', 'REFERRAL')),
    source_id      text not null,
    target_id      bigint not null,
    run_id         bigint not null references legacy_run (id),
    imported_at    timestamptz not null default now(),
    note           text,
    primary key (source_system, source_type, source_id)
);
create index legacy_record_target on legacy_record (source_type, target_id);

-- An imported person who looks like someone already in the index (from the other system or recorded here), for a
-- worker to confirm (the records are merged) or reject. Each pair once, whichever way round it was found.
create table legacy_duplicate (
    id            bigserial primary key,
    person_id     bigint not null references person (id),
    candidate_id  bigint not null references person (id),
    score         integer not null,
    reasons       text not null,
    status        text not null default 'PROPOSED' check (status in ('PROPOSED', 'CONFIRMED', 'REJECTED')),
    decided_by    text,
    decided_at    timestamptz,
    merge_id      bigint references person_merge (id),
    constraint legacy_duplicate_not_self check (person_id <> candidate_id)
);
create unique index legacy_duplicate_pair on legacy_duplicate (least(person_id, candidate_id),
                                                               greatest(person_id, candidate_id));
create index legacy_duplicate_open on legacy_duplicate (score desc) where status = 'PROPOSED';
