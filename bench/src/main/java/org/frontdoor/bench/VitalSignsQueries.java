package org.frontdoor.bench;

/**
 * vital-signs' baseline: every scorecard figure for 13 months in one hand-written statement, as an analyst would
 * write it for a report. Each branch counts only what the figure needs (no child names, teams, references or
 * drill-down columns) and a figure the scorecard shows twice (contacts and contacts per 10,000) is counted once.
 * Parameters as the indicators': :zone, :from, :to (dates), :fromTs, :toTs (instants).
 */
final class VitalSignsQueries {

    private VitalSignsQueries() {
    }

    /** Columns: id, month (first day), rows, numerator, median. */
    static final String ALL_FIGURES = """
            with c as (
                select (c.received_at at time zone :zone)::date as d, c.consent
                  from contact c where c.received_at >= :fromTs and c.received_at < :toTs),
            cs as (
                select (c.received_at at time zone :zone)::date as d, cs.id, cs.decision_due_at, d.decided_at,
                       d.status, d.id as decision_id
                  from contact_subject cs
                  join contact c on c.id = cs.contact_id
                  left join decision d on d.contact_subject_id = cs.id
                 where cs.role = 'CHILD' and c.received_at >= :fromTs and c.received_at < :toTs),
            r as (
                select r.id, r.person_id, (r.referred_at at time zone :zone)::date as d
                  from referral r where r.referred_at >= :fromTs and r.referred_at < :toTs),
            contacts as (
                select date_trunc('month', d)::date as m, count(*) as n,
                       count(*) filter (where consent <> 'NOT_SOUGHT') as recorded,
                       count(*) filter (where consent = 'DISPENSED_WITH') as dispensed
                  from c group by 1),
            referrals as (
                select date_trunc('month', r.d)::date as m, count(*) as n,
                       count(*) filter (where exists (
                           select 1 from referral r2 where r2.person_id = r.person_id and r2.id <> r.id
                              and (r2.referred_at at time zone :zone)::date < r.d
                              and (r2.referred_at at time zone :zone)::date >= (r.d - interval '12 months')::date)) as re,
                       count(*) filter (where exists (select 1 from assessment a where a.referral_id = r.id
                                                         and a.outcome = 'NFA' and a.completed_on is not null)
                                           or exists (select 1 from strategy_discussion sd where sd.referral_id = r.id
                                                         and sd.outcome = 'NFA')) as nfa
                  from r group by 1),
            plans as (
                select date_trunc('month', pl.started_on)::date as m, count(*) as n,
                       count(*) filter (where exists (
                           select 1 from plan e where e.person_id = pl.person_id and e.kind = 'CP'
                              and (e.started_on < pl.started_on or (e.started_on = pl.started_on and e.id < pl.id))))
                           as again
                  from plan pl where pl.kind = 'CP' and pl.started_on >= :from and pl.started_on < :to group by 1)
            select 'contacts' as id, m as month, n as rows, n as numerator, null::float8 as median from contacts
            union all select 'contacts-per-10000', m, n, n, null from contacts
            union all select 'consent-recorded', m, n, recorded, null from contacts
            union all select 'consent-dispensed', m, n, dispensed, null from contacts
            union all
            select 'decided-within-1-working-day', date_trunc('month', d)::date, count(*),
                   count(*) filter (where decided_at <= decision_due_at), null
              from cs where decision_id is not null or decision_due_at <= now() group by 2
            union all
            select 'contact-to-referral', date_trunc('month', d)::date, count(*),
                   count(*) filter (where exists (select 1 from referral x where x.contact_subject_id = cs.id)), null
              from cs where status = 'SIGNED_OFF' group by 2
            union all select 'referrals', m, n, n, null from referrals
            union all select 'referrals-per-10000', m, n, n, null from referrals
            union all select 're-referrals', m, n, re, null from referrals
            union all select 'referrals-nfa', m, n, nfa, null from referrals
            union all
            select 'awaiting-oversight', (ends.month_end - interval '1 month')::date, count(*), count(*), null
              from decision d
              cross join lateral (
                  select g::date as month_end
                    from generate_series(date_trunc('month', d.decided_at at time zone :zone) + interval '1 month',
                                         coalesce(d.overseen_at, now()) at time zone :zone, interval '1 month') g
                  union all
                  select (date_trunc('month', now() at time zone :zone) + interval '1 month')::date
                   where d.overseen_at is null) ends
             where d.status <> 'RETURNED' and ends.month_end > :from and ends.month_end <= :to
               and (d.overseen_at is null or date_trunc('month', d.overseen_at at time zone :zone)
                                             > date_trunc('month', d.decided_at at time zone :zone))
             group by 2
            union all
            select 'transfer-hours', date_trunc('month', (t.signed_off_at at time zone :zone)::date)::date, count(*),
                   count(*),
                   percentile_cont(0.5) within group (order by extract(epoch from t.accepted_at - t.signed_off_at)
                                                               / 3600)
              from transfer t
             where t.accepted_at is not null and t.signed_off_at >= :fromTs and t.signed_off_at < :toTs group by 2
            union all
            select 'assessments-within-45-days', date_trunc('month', a.completed_on)::date, count(*),
                   count(*) filter (where a.completed_on <= a.due_on), null
              from assessment a where a.completed_on >= :from and a.completed_on < :to group by 2
            union all
            select 'strategy-discussions-per-10000', date_trunc('month', (sd.held_at at time zone :zone)::date)::date,
                   count(*), count(*), null
              from strategy_discussion sd
             where sd.follow_up_of is null and sd.held_at >= :fromTs and sd.held_at < :toTs group by 2
            union all
            select 's47-per-10000', date_trunc('month', s.started_on)::date, count(*), count(*), null
              from s47_enquiry s where s.started_on >= :from and s.started_on < :to group by 2
            union all
            select 's47-to-icpc', date_trunc('month', s.completed_on)::date, count(*),
                   count(*) filter (where s.outcome = 'ICPC'), null
              from s47_enquiry s where s.completed_on >= :from and s.completed_on < :to group by 2
            union all
            select 'icpc-within-15-days', date_trunc('month', cc.held_on)::date, count(*),
                   count(*) filter (where cc.held_on <= cc.due_on), null
              from cp_conference cc where cc.kind = 'INITIAL' and cc.held_on >= :from and cc.held_on < :to group by 2
            union all select 'cp-plans-started', m, n, n, null from plans
            union all select 'cp-second-or-subsequent', m, n, again, null from plans
            union all
            select 'early-help-step-downs', date_trunc('month', e.started_on)::date, count(*), count(*), null
              from early_help_episode e
             where (e.transfer_id is not null or e.stepped_down_from is not null)
               and e.started_on >= :from and e.started_on < :to group by 2
            union all
            select 'early-help-step-ups', date_trunc('month', e.ended_on)::date, count(*), count(*), null
              from early_help_episode e
             where e.outcome = 'STEPPED_UP' and e.ended_on >= :from and e.ended_on < :to group by 2
            union all
            select 'domestic-abuse-notifications', date_trunc('month', (c.received_at at time zone :zone)::date)::date,
                   count(*), count(*), null
              from contact c
             where c.received_at >= :fromTs and c.received_at < :toTs
               and (c.source_code = '6' or (c.route = 'PARTNER_API' and c.partner_agency = 'POLICE')) group by 2
            union all
            select 'domestic-abuse-help', date_trunc('month', (c.received_at at time zone :zone)::date)::date, count(*),
                   count(*) filter (where d.outcome in ('EARLY_HELP', 'SINGLE_ASSESSMENT', 'STRATEGY_DISCUSSION')), null
              from contact_subject cs join contact c on c.id = cs.contact_id
              join decision d on d.contact_subject_id = cs.id and d.status = 'SIGNED_OFF'
             where cs.role = 'CHILD' and c.received_at >= :fromTs and c.received_at < :toTs
               and (c.source_code = '6' or (c.route = 'PARTNER_API' and c.partner_agency = 'POLICE')) group by 2
            union all
            select 'audits-good-or-better', date_trunc('month', (a.completed_at at time zone :zone)::date)::date,
                   count(*), count(*) filter (where coalesce(m.moderated_grade, a.overall_grade) in ('OUTSTANDING', 'GOOD')),
                   null
              from audit a left join audit_moderation m on m.audit_id = a.id
             where a.status = 'COMPLETED' and a.completed_at >= :fromTs and a.completed_at < :toTs group by 2
            union all
            select 'overdue-audit-actions', date_trunc('month', e.as_at)::date, count(*), count(*), null
              from (select least((g + interval '1 month')::date - 1, (now() at time zone :zone)::date) as as_at
                      from generate_series(cast(:from as timestamp), cast(:to as timestamp) - interval '1 day',
                                           interval '1 month') g
                     where g::date <= (now() at time zone :zone)::date) e
              join audit_action x on x.due_on < e.as_at and (x.done_on is null or x.done_on > e.as_at)
             group by 2""";

    /** A page of one month's contacts straight from the table: what a plain list would cost. */
    static final String CONTACTS_PAGE = """
            select c.id, c.received_at, c.source_code, c.consent
              from contact c where c.received_at >= :fromTs and c.received_at < :toTs
             order by c.received_at, c.id limit :limit offset :offset""";
}
