-- access: users, roles, partner agencies, the append-only access log, and shared HTTP sessions.

create table agency (
    code        text primary key,
    name        text not null unique,
    active      boolean not null default true
);

insert into agency (code, name) values
    ('POLICE', 'Police'),
    ('HEALTH', 'Health'),
    ('EDUCATION', 'Education'),
    ('PROBATION', 'Probation'),
    ('HOUSING', 'Housing'),
    ('EARLY_HELP', 'Early help'),
    ('YOUTH_JUSTICE', 'Youth justice');

create table app_user (
    id               bigserial primary key,
    username         text not null,
    display_name     text not null,
    email            text,
    password_hash    text not null,
    agency_code      text references agency (code),
    team             text,
    enabled          boolean not null default true,
    failed_attempts  integer not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz not null default now(),
    created_by       text not null,
    version          integer not null default 0,
    constraint app_user_username_lower check (username = lower(username) and username ~ '^[a-z0-9._-]{3,40}$')
);
create unique index app_user_username on app_user (username);

create table app_user_role (
    user_id  bigint not null references app_user (id) on delete cascade,
    role     text not null check (role in ('MASH_SOCIAL_WORKER', 'MASH_MANAGER', 'PARTNER', 'EARLY_HELP',
                                           'ASSESSMENT_SOCIAL_WORKER', 'QA_OFFICER', 'PERFORMANCE_ANALYST',
                                           'SENIOR_LEADER', 'ADMIN')),
    primary key (user_id, role)
);

-- Every view of a child's record, every change and every export. Rows are written once and never changed:
-- the triggers below refuse UPDATE, DELETE and TRUNCATE whoever asks, the application's own user included.
create table access_log (
    id        bigserial primary key,
    at        timestamptz not null default clock_timestamp(),
    username  text not null,
    roles     text not null,
    action    text not null check (action in ('VIEW', 'CHANGE', 'EXPORT', 'SIGN_IN', 'SIGN_IN_FAILED', 'DENIED')),
    what      text not null,
    child_id  bigint,
    address   text
);
create index access_log_child on access_log (child_id, at desc) where child_id is not null;
create index access_log_user on access_log (username, at desc);
create index access_log_at on access_log (at desc);

create function access_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger access_log_no_update_or_delete before update or delete on access_log
    for each row execute function access_log_is_append_only();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_is_append_only();

-- Spring Session's tables, owned by Flyway so that several app instances can share sessions in one database.
create table spring_session (
    primary_id             char(36) not null primary key,
    session_id             char(36) not null,
    creation_time          bigint not null,
    last_access_time       bigint not null,
    max_inactive_interval  int not null,
    expiry_time            bigint not null,
    principal_name         varchar(100)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36) not null references spring_session (primary_id) on delete cascade,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea not null,
    primary key (session_primary_id, attribute_name)
);
