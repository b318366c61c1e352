-- More optimistic locking (see V24): each form carries the version it was loaded at, a save of any other version
-- changes nothing, and the user is told who saved in between and when.

-- A case file audit: two tabs of the same auditor must not overwrite each other's grades.
alter table audit add column version integer not null default 0, add column updated_by text,
    add column updated_at timestamptz;

-- An agency's view recorded by QA on its behalf: two QA officers recording the same agency's view.
alter table audit_agency_view add column version integer not null default 0;

-- The 0 to 17 population (updated_by and updated_at are already there).
alter table performance_setting add column version integer not null default 0;

-- An agency's name.
alter table agency add column version integer not null default 0, add column updated_by text,
    add column updated_at timestamptz;

-- The screening clocks: the three ratings are saved together, so they move version together.
alter table screening_setting add column version integer not null default 0;

-- A user account already has a version: who changed it and when, for the message.
alter table app_user add column updated_by text, add column updated_at timestamptz;

-- A restricted record's reason, owner and named people.
alter table restricted_record add column version integer not null default 0, add column updated_by text,
    add column updated_at timestamptz;
