-- Restricted records (issue 10): a child's record only named users may open, e.g. a staff member's child or a
-- high-profile case. Others learn that it exists and whom to ask, never what it holds.
create table restricted_record (
    person_id      bigint primary key references person (id),
    reason         text not null check (btrim(reason) <> ''),
    -- Whom others are told to ask, and who is alerted when a manager breaks the glass.
    owner          text not null,
    restricted_by  text not null,
    restricted_at  timestamptz not null default now()
);

create table restricted_record_user (
    person_id  bigint not null references restricted_record (person_id) on delete cascade,
    username   text not null,
    primary key (person_id, username)
);

-- A manager's emergency open of a restricted record, with the reason given; it opens the record for an hour.
create table break_glass (
    id         bigserial primary key,
    person_id  bigint not null references person (id),
    username   text not null,
    reason     text not null check (btrim(reason) <> ''),
    opened_at  timestamptz not null default now()
);
create index break_glass_person_user on break_glass (person_id, username, opened_at desc);
