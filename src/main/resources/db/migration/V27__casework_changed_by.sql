-- Who last changed a casework record and when, for the message a stale form gets ("Jo Okafor recorded this
-- strategy discussion at 10:42 while you were working"). Every versioned update sets both.
alter table strategy_discussion add column updated_by text, add column updated_at timestamptz;
alter table s47_enquiry add column updated_by text, add column updated_at timestamptz;
alter table early_help_episode add column updated_by text, add column updated_at timestamptz;
alter table closure add column updated_by text, add column updated_at timestamptz;
