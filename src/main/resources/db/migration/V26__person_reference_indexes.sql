-- Every reference to a person is indexed: merging or removing a person (duplicate review, a re-run legacy import)
-- otherwise scans each of these tables once per person.
create index transfer_person on transfer (person_id);
create index assessment_parent_person on assessment_parent (person_id);
create index legacy_duplicate_person on legacy_duplicate (person_id);
create index legacy_duplicate_candidate on legacy_duplicate (candidate_id);
