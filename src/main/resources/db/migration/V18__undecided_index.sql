-- The MASH queue asks "which children's contacts have no signed-off decision yet?" many times a minute. An anti-join
-- over every contact ever made grows with the years; a decided_at stamp and a partial index over the undecided few
-- keep it as fast in year five as in week one. Statement-level triggers keep the stamp true however decisions are
-- written (one sign-off, or the demo loader's bulk insert).
alter table contact_subject add column decided_at timestamptz;

update contact_subject s set decided_at = d.overseen_at
  from decision d where d.contact_subject_id = s.id and d.status = 'SIGNED_OFF';

create index contact_subject_undecided on contact_subject (decision_due_at, id)
    where role = 'CHILD' and decided_at is null;

create function contact_subject_mark_decided() returns trigger language plpgsql as $$
begin
    update contact_subject s set decided_at = d.overseen_at
      from signed d
     where d.contact_subject_id = s.id and d.status = 'SIGNED_OFF' and s.decided_at is null;
    return null;
end $$;

create trigger decision_signed_off_insert after insert on decision referencing new table as signed
    for each statement execute function contact_subject_mark_decided();
create trigger decision_signed_off_update after update on decision referencing new table as signed
    for each statement execute function contact_subject_mark_decided();
