-- Decisions awaiting oversight at a month end (Vital Signs): the decisions signed off since that month began, or not
-- yet, are a small share of every decision ever made; without this a month's list read the whole table.
create index decision_overseen_at on decision (overseen_at);
