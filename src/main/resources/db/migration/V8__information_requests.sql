-- screening: what the MASH asks partner agencies about a contact, their answers, and calls made outside the MASH.
-- Together they are the multi-agency information a screening decision cites.

-- One row per agency asked. The answer is written once, with who answered and when; it is never rewritten.
create table information_request (
    id             bigserial primary key,
    contact_id     bigint not null references contact (id),
    agency_code    text not null references agency (code),
    question       text not null check (btrim(question) <> ''),
    asked_by       text not null,
    asked_at       timestamptz not null default now(),
    due_at         timestamptz not null,
    -- One per form the worker opened: pressing Send twice asks each agency once.
    form_token     uuid not null,
    answer         text check (btrim(answer) <> ''),
    nothing_known  boolean not null default false,
    answered_by    text,
    answered_at    timestamptz,
    constraint information_request_once unique (form_token, agency_code),
    constraint information_request_answered check ((answer is null) = (answered_by is null)
        and (answer is null) = (answered_at is null) and (answer is not null or not nothing_known))
);
create index information_request_contact on information_request (contact_id);
-- A partner agency's queue: its unanswered requests, oldest due first.
create index information_request_queue on information_request (agency_code, due_at) where answered_at is null;

-- A worker's check with someone outside the MASH, such as a phone call to a school or a GP not co-located.
create table outside_contact (
    id            bigserial primary key,
    contact_id    bigint not null references contact (id),
    organisation  text not null check (btrim(organisation) <> ''),
    spoke_to      text not null check (btrim(spoke_to) <> ''),
    contacted_at  timestamptz not null,
    said          text not null check (btrim(said) <> ''),
    recorded_by   text not null,
    recorded_at   timestamptz not null default now()
);
create index outside_contact_contact on outside_contact (contact_id);
