-- intake: contacts to the Front Door. The screening clock starts at received_at, not when the contact was typed.

create table contact (
    id                bigserial primary key,
    received_at       timestamptz not null,
    recorded_at       timestamptz not null default now(),
    recorded_by       text not null,
    source_code       text not null check (source_code in ('1A', '1B', '1C', '1D', '2A', '2B', '3A', '3B', '3C', '3D',
                                                           '3E', '3F', '4', '5A', '5B', '5C', '5D', '6', '7', '8',
                                                           '9', '10')),
    referrer_name     text,
    referrer_agency   text,
    referrer_role     text,
    referrer_phone    text,
    referrer_email    text,
    worries           text not null,
    immediate_danger  boolean not null default false,
    version           integer not null default 0,
    constraint contact_received_before_recorded check (received_at <= recorded_at + interval '5 minutes')
);
create index contact_received_at on contact (received_at);

-- One contact may concern several siblings: each child has his or her own clock and decision.
create table contact_child (
    contact_id  bigint not null references contact (id) on delete cascade,
    person_id   bigint not null references person (id),
    primary key (contact_id, person_id)
);
create index contact_child_person on contact_child (person_id);
