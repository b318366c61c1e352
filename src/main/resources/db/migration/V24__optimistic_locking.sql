-- Optimistic locking where two people could edit the same record: the form carries the version it was loaded at,
-- a save of any other version changes nothing, and the user is told who saved in between and when.

-- A Vital Signs target: any performance analyst may change it (updated_by and updated_at are already there).
alter table performance_target add column version integer not null default 0;

-- A child protection or child in need plan: who last changed it and when, for the message a stale form gets.
alter table plan add column updated_by text, add column updated_at timestamptz;
