-- performance: local targets to start from for the audit indicators added to Vital Signs (see V16). The volumes and
-- outcome mix of police domestic abuse notifications are watched, not judged, so they have none. The analyst
-- changes these on the targets page; one already set there is kept.
insert into performance_target (indicator_id, target, tolerance, updated_by) values
    ('audits-good-or-better', 80, 5, 'system'),
    ('overdue-audit-actions', 0, 3, 'system')
on conflict (indicator_id) do nothing;
