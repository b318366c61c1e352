-- people: one index of children and adults, and the relationships that make a family.

create table person (
    id              bigserial primary key,
    first_name      text not null,
    last_name       text not null,
    other_names     text,
    date_of_birth   date,
    sex             text not null default 'U' check (sex in ('M', 'F', 'U')),
    ethnicity       text,
    nhs_number      char(10) check (nhs_number ~ '^[0-9]{10}$'),
    first_language  text,
    address         text,
    postcode        text,
    created_at      timestamptz not null default now(),
    created_by      text not null,
    version         integer not null default 0
);
create index person_last_name on person (lower(last_name));
create index person_dob on person (date_of_birth);
create unique index person_nhs_number on person (nhs_number) where nhs_number is not null;

-- "related is the <relationship> of person": (child, mum, MOTHER) reads "mum is the mother of child".
create table relationship (
    id                 bigserial primary key,
    person_id          bigint not null references person (id),
    related_person_id  bigint not null references person (id),
    relationship       text not null check (relationship in ('MOTHER', 'FATHER', 'STEP_PARENT', 'SIBLING', 'CARER',
                                                             'HOUSEHOLD_MEMBER', 'OTHER')),
    lives_with         boolean not null default true,
    created_at         timestamptz not null default now(),
    created_by         text not null,
    constraint relationship_not_self check (person_id <> related_person_id),
    constraint relationship_once unique (person_id, related_person_id, relationship)
);
create index relationship_related on relationship (related_person_id);
