-- Single assessment: what V11 left out. Who last changed an assessment (so a worker whose form went stale is told
-- who changed it), why the child was not seen, why no father is involved when none is recorded, and the
-- authorising manager's comment (required by the service; not a constraint, so imported history without one loads).
alter table assessment
    add column child_not_seen_reason       text,
    add column father_not_involved_reason  text,
    add column authorisation_comment       text,
    add column updated_by                  text,
    add column updated_at                  timestamptz;
alter table assessment add constraint assessment_not_own_authorisation
    check (authorised_by is null or authorised_by <> social_worker);

