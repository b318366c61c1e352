-- "Undecided child" is role = 'CHILD' and decided_at is null. The planner takes the two as independent, but nearly
-- every undecided row is a parent or other adult (never decided) while nearly every child is decided: it guessed
-- 70,000 undecided children in the large demo borough when there were 558, and so hashed the whole allocation and
-- rag_rating tables for the MASH queue's counts (90-135 ms each) instead of looking up the few (17-30 ms).
-- Statistics on the two columns together give it the real figure.
create statistics contact_subject_role_decided (mcv) on role, decided_at from contact_subject;
analyze contact_subject;
