package org.frontdoor.performance;

import java.util.List;
import java.util.Optional;
import org.frontdoor.performance.Indicator.Polarity;
import org.frontdoor.performance.Indicator.Unit;

/**
 * The Vital Signs catalogue. Each indicator's query returns one row per child, contact or event behind it, with the
 * columns {@code on_date} (the day that places it in a month), {@code person_id}, {@code contact_id},
 * {@code reference}, {@code child_name}, {@code team}, {@code source} (CIN referral source code), {@code num} (counted
 * in the numerator) and {@code value} (hours, for medians). Parameters: {@code :zone}, {@code :from} and {@code :to}
 * (dates, end exclusive) and {@code :fromTs}, {@code :toTs} (the same as instants). Definitions follow DfE's Children
 * in Need statistics where they exist.
 *
 * <p>A join that only names a row (its child, team or source) is a left join along a key that cannot be null, so it
 * keeps the same rows while the planner drops it from the figures, which never read those columns.
 */
public final class Indicators {

    /** The team of the worker a username names; teams are the users' teams (MASH team 1, ...). */
    private static String teamOf(String username) {
        return "(select u.team from app_user u where u.username = " + username + ")";
    }

    /** A child's contact belongs to the team that decided it, or until then the team it is allocated to. */
    private static final String CHILD_CONTACT_TEAM = teamOf("""
            coalesce((select d2.decided_by from decision d2 where d2.contact_subject_id = cs.id),
                     (select a.allocated_to from allocation a where a.contact_subject_id = cs.id and a.ended_at is null))""");

    /**
     * The child's name as a scalar subquery rather than a join, so that the figures, which never read it, never
     * look a person up: only the drill-down's rows do.
     */
    private static String nameOf(String personId) {
        return "(select p.first_name || ' ' || p.last_name from person p where p.id = " + personId + ")";
    }

    /**
     * A notification from the police, as the bulk triage queue recognises one: source 6, or sent by the police's own
     * system through the partner API. The police send the front door their domestic abuse notifications this way.
     */
    private static final String POLICE = "(c.source_code = '6' or (c.route = 'PARTNER_API' and c.partner_agency = 'POLICE'))";

    /** One row per contact received; a contact about several children is one contact. */
    static final SharedRows CONTACTS = new SharedRows("""
            select (c.received_at at time zone :zone)::date as on_date,
                   (select min(cs.person_id) from contact_subject cs
                     where cs.contact_id = c.id and cs.role = 'CHILD') as person_id,
                   c.id as contact_id, 'Contact ' || c.id as reference,
                   (select string_agg(cs.first_name || ' ' || cs.last_name, ', ' order by cs.id) from contact_subject cs
                     where cs.contact_id = c.id and cs.role = 'CHILD') as child_name,
                   (select min(%s) from contact_subject cs
                     where cs.contact_id = c.id and cs.role = 'CHILD') as team,
                   c.source_code as source, /*columns*/, null::float8 as value
              from contact c
             where c.received_at >= :fromTs and c.received_at < :toTs and /*where*/""".formatted(CHILD_CONTACT_TEAM));

    /** One row per referral (a child accepted for a social-work response), by the date referred. */
    static final SharedRows REFERRALS = new SharedRows("""
            select (r.referred_at at time zone :zone)::date as on_date, r.person_id, cs.contact_id,
                   'Referral ' || r.id as reference, %s as child_name, %s as team, r.source_code as source,
                   /*columns*/, null::float8 as value
              from referral r
              left join contact_subject cs on cs.id = r.contact_subject_id
             where r.referred_at >= :fromTs and r.referred_at < :toTs and /*where*/"""
            .formatted(nameOf("r.person_id"), CHILD_CONTACT_TEAM));

    /** One row per child in a contact received. */
    static final SharedRows CHILDREN_IN_CONTACTS = new SharedRows("""
            select (c.received_at at time zone :zone)::date as on_date, cs.person_id, c.id as contact_id,
                   'Contact ' || c.id || ', child ' || cs.id as reference,
                   cs.first_name || ' ' || cs.last_name as child_name, %s as team, c.source_code as source,
                   /*columns*/, null::float8 as value
              from contact_subject cs
              join contact c on c.id = cs.contact_id
              left join decision d on d.contact_subject_id = cs.id
             where cs.role = 'CHILD' and c.received_at >= :fromTs and c.received_at < :toTs and /*where*/"""
            .formatted(CHILD_CONTACT_TEAM));

    /** The scorecard counts each of these in one pass for all its indicators; the dearest first, to share out. */
    static final List<SharedRows> SHARED = List.of(CHILDREN_IN_CONTACTS, CONTACTS, REFERRALS);

    /** One row per section 47 enquiry, placed in a month by the date column {@code on}. */
    private static String s47Enquiries(String on, String num) {
        return """
                select %1$s as on_date, s.person_id, null::bigint as contact_id,
                       'S47 enquiry ' || s.id as reference, %2$s as child_name, %3$s as team, r.source_code as source,
                       %4$s as num, null::float8 as value
                  from s47_enquiry s
                  left join strategy_discussion sd on sd.id = s.strategy_discussion_id
                  left join referral r on r.id = sd.referral_id
                 where %1$s >= :from and %1$s < :to""".formatted(on, nameOf("s.person_id"), teamOf("s.social_worker"), num);
    }

    /** One row per child protection plan started in the month. */
    private static String cpPlans(String num) {
        return """
                select pl.started_on as on_date, pl.person_id, null::bigint as contact_id, 'Plan ' || pl.id as reference,
                       %s as child_name, %s as team, r.source_code as source, %s as num, null::float8 as value
                  from plan pl
                  left join cp_conference cc on cc.id = pl.conference_id
                  left join s47_enquiry s on s.id = cc.s47_enquiry_id
                  left join strategy_discussion sd on sd.id = s.strategy_discussion_id
                  left join referral r on r.id = sd.referral_id
                 where pl.kind = 'CP' and pl.started_on >= :from and pl.started_on < :to"""
                .formatted(nameOf("pl.person_id"), teamOf("pl.social_worker"), num);
    }

    public static final List<Indicator> ALL = List.of(
            new Indicator("contacts", "Front door", "Contacts received",
                    "Contacts received by the front door in the month, by the date and time received. A contact about "
                            + "several children counts once.",
                    "Contacts received in the month", "", Polarity.NEUTRAL, Unit.COUNT, 0,
                    CONTACTS.member("contacts", "true", "true")),
            new Indicator("contacts-per-10000", "Front door", "Contacts received per 10,000 children",
                    "Contacts received in the month for every 10,000 children aged 0 to 17 living in the local "
                            + "authority.",
                    "Contacts received in the month", "Children aged 0 to 17 in the local authority, divided by 10,000",
                    Polarity.NEUTRAL, Unit.PER_10K, 0, CONTACTS.member("contacts-per-10000", "true", "true")),
            new Indicator("decided-within-1-working-day", "Front door", "Children's contacts decided within 1 working day",
                    "Of the children named in contacts received in the month, the share whose MASH decision was "
                            + "recorded by the end of their one-working-day clock (weekends and bank holidays do not "
                            + "count). Children whose clock has not yet run out and who are not yet decided are left "
                            + "out until it does.",
                    "Children decided by the time their decision was due",
                    "Children in contacts received in the month, decided or with the clock run out",
                    Polarity.HIGHER_IS_BETTER, Unit.PERCENT, 5,
                    CHILDREN_IN_CONTACTS.member("decided-within-1-working-day",
                            "d.id is not null or cs.decision_due_at <= now()",
                            "coalesce(d.decided_at <= cs.decision_due_at, false)")),
            new Indicator("contact-to-referral", "Front door", "Contacts that became referrals",
                    "Of the children in contacts received in the month whose decision a manager has signed off, the "
                            + "share accepted for a social-work response (single assessment or strategy discussion), "
                            + "which makes a referral.",
                    "Children whose contact became a referral", "Children in contacts received in the month with a "
                            + "decision signed off", Polarity.NEUTRAL, Unit.PERCENT, 5,
                    CHILDREN_IN_CONTACTS.member("contact-to-referral", "d.status = 'SIGNED_OFF'",
                            "exists (select 1 from referral r where r.contact_subject_id = cs.id)")),
            new Indicator("consent-recorded", "Front door", "Contacts with consent recorded",
                    "Contacts received in the month where the parents' consent was recorded as given, refused or "
                            + "dispensed with (with a reason and the authorising manager), rather than not sought.",
                    "Contacts with consent given, refused or dispensed with", "Contacts received in the month",
                    Polarity.HIGHER_IS_BETTER, Unit.PERCENT, 5,
                    CONTACTS.member("consent-recorded", "true", "c.consent <> 'NOT_SOUGHT'")),
            new Indicator("consent-dispensed", "Front door", "Contacts with consent dispensed with",
                    "Contacts received in the month where seeking consent was dispensed with because it would place "
                            + "the child at risk or prejudice an investigation.",
                    "Contacts with consent dispensed with", "Contacts received in the month",
                    Polarity.NEUTRAL, Unit.PERCENT, 5,
                    CONTACTS.member("consent-dispensed", "true", "c.consent = 'DISPENSED_WITH'")),
            new Indicator("referrals", "Front door", "Referrals",
                    "Referrals in the month (DfE): children accepted for a social-work response, by the date of "
                            + "referral. A contact about two children accepted for both is two referrals.",
                    "Referrals in the month", "", Polarity.NEUTRAL, Unit.COUNT, 0,
                    REFERRALS.member("referrals", "true", "true")),
            new Indicator("referrals-per-10000", "Front door", "Referrals per 10,000 children",
                    "Referrals in the month for every 10,000 children aged 0 to 17 in the local authority.",
                    "Referrals in the month", "Children aged 0 to 17 in the local authority, divided by 10,000",
                    Polarity.NEUTRAL, Unit.PER_10K, 0, REFERRALS.member("referrals-per-10000", "true", "true")),
            new Indicator("re-referrals", "Front door", "Re-referrals within 12 months",
                    "Referrals in the month of a child who had another referral within the 12 months before it "
                            + "(DfE: on a date before this referral's date and no earlier than the same date 12 "
                            + "months before).",
                    "Referrals with a previous referral of the same child in the 12 months before",
                    "Referrals in the month", Polarity.LOWER_IS_BETTER, Unit.PERCENT, 2,
                    REFERRALS.member("re-referrals", "true", """
                            exists (select 1 from referral r2
                                     where r2.person_id = r.person_id and r2.id <> r.id
                                       and (r2.referred_at at time zone :zone)::date < (r.referred_at at time zone :zone)::date
                                       and (r2.referred_at at time zone :zone)::date
                                           >= ((r.referred_at at time zone :zone)::date - interval '12 months')::date)""")),
            new Indicator("referrals-nfa", "Front door", "Referrals resulting in no further action",
                    "Referrals in the month whose single assessment was completed with no further action, or whose "
                            + "strategy discussion decided no further action. Recent months rise as work finishes.",
                    "Referrals ending in no further action", "Referrals in the month",
                    Polarity.LOWER_IS_BETTER, Unit.PERCENT, 5,
                    REFERRALS.member("referrals-nfa", "true", """
                            (exists (select 1 from assessment a where a.referral_id = r.id and a.outcome = 'NFA'
                                                                and a.completed_on is not null)
                             or exists (select 1 from strategy_discussion sd where sd.referral_id = r.id
                                                                             and sd.outcome = 'NFA'))""")),
            new Indicator("awaiting-oversight", "Front door", "Decisions awaiting management oversight",
                    "Children's decisions recorded by the end of the month (or now, for this month) that a manager "
                            + "had not yet signed off at that time. Decisions currently returned to the worker are "
                            + "left out.",
                    "Decisions waiting for a manager's sign-off at the end of the month", "",
                    Polarity.LOWER_IS_BETTER, Unit.COUNT, 5, """
                    select (ends.month_end - 1) as on_date, cs.person_id, cs.contact_id,
                           'Decision ' || d.id as reference, cs.first_name || ' ' || cs.last_name as child_name,
                           %s as team, c.source_code as source, true as num, null::float8 as value
                      from decision d
                      -- Only the month ends a decision was still open at (few: most are signed off within a day),
                      -- rather than every decision against every month end; and "now" for one still open.
                      cross join lateral (
                          select g::date as month_end
                            from generate_series(date_trunc('month', d.decided_at at time zone :zone) + interval '1 month',
                                                 coalesce(d.overseen_at, now()) at time zone :zone, interval '1 month') g
                          union all
                          select (date_trunc('month', now() at time zone :zone) + interval '1 month')::date
                           where d.overseen_at is null) ends
                      join contact_subject cs on cs.id = d.contact_subject_id
                      join contact c on c.id = cs.contact_id
                     where d.status <> 'RETURNED' and d.decided_at < :toTs
                       and (d.overseen_at is null or d.overseen_at >= :fromTs)
                       -- signed off in a later month than decided, or not yet: the rest never span a month end
                       and (d.overseen_at is null or date_trunc('month', d.overseen_at at time zone :zone)
                                                     > date_trunc('month', d.decided_at at time zone :zone))"""
                    .formatted(teamOf("d.decided_by"))),
            new Indicator("transfer-hours", "Front door", "Sign-off to transfer accepted",
                    "For children handed on to the assessment team or early help whose transfer was signed off in "
                            + "the month and has been accepted, the median number of hours from the manager's "
                            + "sign-off to the team accepting the child.",
                    "Hours from sign-off to acceptance (median)", "Transfers signed off in the month and accepted",
                    Polarity.LOWER_IS_BETTER, Unit.MEDIAN_HOURS, 8, """
                    select (t.signed_off_at at time zone :zone)::date as on_date, t.person_id, cs.contact_id,
                           'Transfer ' || t.id as reference, %s as child_name, %s as team, c.source_code as source,
                           true as num, extract(epoch from t.accepted_at - t.signed_off_at)::float8 / 3600 as value
                      from transfer t
                      left join decision d on d.id = t.decision_id
                      left join contact_subject cs on cs.id = d.contact_subject_id
                      left join contact c on c.id = cs.contact_id
                     where t.accepted_at is not null and t.signed_off_at >= :fromTs and t.signed_off_at < :toTs"""
                    .formatted(nameOf("t.person_id"), teamOf("d.decided_by"))),
            new Indicator("assessments-within-45-days", "Casework", "Assessments completed within 45 working days",
                    "Single assessments completed in the month that were completed on or before their due date, 45 "
                            + "working days from the referral (DfE).",
                    "Assessments completed by their due date", "Assessments completed in the month",
                    Polarity.HIGHER_IS_BETTER, Unit.PERCENT, 5, """
                    select a.completed_on as on_date, a.person_id, null::bigint as contact_id,
                           'Assessment ' || a.id as reference, %s as child_name, %s as team, r.source_code as source,
                           a.completed_on <= a.due_on as num, null::float8 as value
                      from assessment a
                      left join referral r on r.id = a.referral_id
                     where a.completed_on >= :from and a.completed_on < :to"""
                    .formatted(nameOf("a.person_id"), teamOf("a.social_worker"))),
            new Indicator("strategy-discussions-per-10000", "Casework", "Strategy discussions per 10,000 children",
                    "Strategy discussions held in the month (not counting follow-up meetings) for every 10,000 "
                            + "children aged 0 to 17.",
                    "Strategy discussions held in the month", "Children aged 0 to 17, divided by 10,000",
                    Polarity.NEUTRAL, Unit.PER_10K, 0, """
                    select (sd.held_at at time zone :zone)::date as on_date, sd.person_id, null::bigint as contact_id,
                           'Strategy discussion ' || sd.id as reference, %s as child_name, %s as team,
                           r.source_code as source, true as num, null::float8 as value
                      from strategy_discussion sd
                      left join referral r on r.id = sd.referral_id
                     where sd.follow_up_of is null and sd.held_at >= :fromTs and sd.held_at < :toTs"""
                    .formatted(nameOf("sd.person_id"), teamOf("coalesce(sd.recorded_by, sd.created_by)"))),
            new Indicator("s47-per-10000", "Casework", "Section 47 enquiries per 10,000 children",
                    "Section 47 enquiries started in the month for every 10,000 children aged 0 to 17 (DfE).",
                    "Section 47 enquiries started in the month", "Children aged 0 to 17, divided by 10,000",
                    Polarity.NEUTRAL, Unit.PER_10K, 0, s47Enquiries("s.started_on", "true")),
            new Indicator("s47-to-icpc", "Casework", "Section 47 enquiries leading to an initial conference",
                    "Section 47 enquiries completed in the month whose outcome was an initial child protection "
                            + "conference.",
                    "Enquiries completed with the outcome of an initial conference", "Enquiries completed in the month",
                    Polarity.NEUTRAL, Unit.PERCENT, 5, s47Enquiries("s.completed_on", "s.outcome = 'ICPC'")),
            new Indicator("icpc-within-15-days", "Casework", "Initial conferences within 15 working days",
                    "Initial child protection conferences held in the month on or before their due date, 15 working "
                            + "days from the strategy discussion that started the section 47 enquiry (DfE).",
                    "Initial conferences held by their due date", "Initial conferences held in the month",
                    Polarity.HIGHER_IS_BETTER, Unit.PERCENT, 5, """
                    select cc.held_on as on_date, cc.person_id, null::bigint as contact_id,
                           'Conference ' || cc.id as reference, %s as child_name, %s as team, r.source_code as source,
                           cc.held_on <= cc.due_on as num, null::float8 as value
                      from cp_conference cc
                      join s47_enquiry s on s.id = cc.s47_enquiry_id
                      join strategy_discussion sd on sd.id = s.strategy_discussion_id
                      left join referral r on r.id = sd.referral_id
                     where cc.kind = 'INITIAL' and cc.held_on >= :from and cc.held_on < :to"""
                    .formatted(nameOf("cc.person_id"), teamOf("s.social_worker"))),
            new Indicator("cp-plans-started", "Casework", "Child protection plans started",
                    "Children who became the subject of a child protection plan in the month.",
                    "Child protection plans started in the month", "", Polarity.NEUTRAL, Unit.COUNT, 0,
                    cpPlans("true")),
            new Indicator("cp-second-or-subsequent", "Casework", "Child protection plans for a second or subsequent time",
                    "Child protection plans started in the month for a child who had been the subject of a child "
                            + "protection plan before, however long ago (DfE).",
                    "Plans started for a child with an earlier child protection plan",
                    "Child protection plans started in the month", Polarity.LOWER_IS_BETTER, Unit.PERCENT, 3,
                    cpPlans("""
                            exists (select 1 from plan e where e.person_id = pl.person_id and e.kind = 'CP'
                                      and (e.started_on < pl.started_on or (e.started_on = pl.started_on and e.id < pl.id)))""")),
            new Indicator("early-help-step-downs", "Casework", "Step-downs to early help",
                    "Early help episodes started in the month for a child handed on from social care: from a MASH "
                            + "decision or at the end of a single assessment.",
                    "Early help episodes started from social care in the month", "", Polarity.NEUTRAL, Unit.COUNT, 0, """
                    select e.started_on as on_date, e.person_id, cs.contact_id, 'Early help episode ' || e.id as reference,
                           %s as child_name, %s as team, coalesce(c.source_code, r.source_code) as source,
                           true as num, null::float8 as value
                      from early_help_episode e
                      left join transfer t on t.id = e.transfer_id
                      left join decision d on d.id = t.decision_id
                      left join contact_subject cs on cs.id = d.contact_subject_id
                      left join contact c on c.id = cs.contact_id
                      left join assessment a on a.id = e.stepped_down_from
                      left join referral r on r.id = a.referral_id
                     where (e.transfer_id is not null or e.stepped_down_from is not null)
                       and e.started_on >= :from and e.started_on < :to"""
                    .formatted(nameOf("e.person_id"), teamOf("e.lead_practitioner"))),
            new Indicator("early-help-step-ups", "Casework", "Step-ups from early help",
                    "Early help episodes that ended in the month with the family stepped up to social care through "
                            + "a contact to the front door.",
                    "Early help episodes ended in the month by a step up", "", Polarity.NEUTRAL, Unit.COUNT, 0, """
                    select e.ended_on as on_date, e.person_id, e.stepped_up_contact as contact_id,
                           'Early help episode ' || e.id as reference, %s as child_name, %s as team,
                           c.source_code as source, true as num, null::float8 as value
                      from early_help_episode e
                      left join contact c on c.id = e.stepped_up_contact
                     where e.outcome = 'STEPPED_UP' and e.ended_on >= :from and e.ended_on < :to"""
                    .formatted(nameOf("e.person_id"), teamOf("e.lead_practitioner"))),
            new Indicator("domestic-abuse-notifications", "Front door", "Police domestic abuse notifications",
                    "Notifications from the police received in the month: contacts whose source is the police (6) "
                            + "or that the police's own system sent through the partner link. The record does not "
                            + "mark which of them are about domestic abuse, so every police notification counts. One "
                            + "about several children counts once.",
                    "Police notifications received in the month", "", Polarity.NEUTRAL, Unit.COUNT, 0,
                    CONTACTS.member("domestic-abuse-notifications", POLICE, "true")),
            new Indicator("domestic-abuse-help", "Front door", "Police notifications leading to early help or social care",
                    "Of the children named in police notifications received in the month whose MASH decision a "
                            + "manager has signed off, the share stepped down to early help or referred to children's "
                            + "social care (single assessment or strategy discussion). The rest ended in no further "
                            + "action, information and advice, universal services or another route (open case, LADO, "
                            + "another local authority). Children not yet decided or signed off are left out until "
                            + "they are.",
                    "Children whose decision was early help, a single assessment or a strategy discussion",
                    "Children in police notifications received in the month with a decision signed off",
                    Polarity.NEUTRAL, Unit.PERCENT, 5,
                    CHILDREN_IN_CONTACTS.member("domestic-abuse-help", "d.status = 'SIGNED_OFF' and " + POLICE,
                            "d.outcome in ('EARLY_HELP', 'SINGLE_ASSESSMENT', 'STRATEGY_DISCUSSION')")),
            new Indicator("audits-good-or-better", "Quality", "Case file audits graded Good or better",
                    "Case file audits completed in the month whose overall grade was Good or Outstanding. Where a "
                            + "second auditor has moderated an audit, the moderated grade counts rather than the "
                            + "auditor's, so a month's figure can change when one of its audits is moderated later. "
                            + "An audit counts for the team that decided the child's contact. Audits still in "
                            + "progress are left out.",
                    "Audits graded Good or Outstanding (moderated grade where moderated)",
                    "Audits completed in the month", Polarity.HIGHER_IS_BETTER, Unit.PERCENT, 5, """
                    select (a.completed_at at time zone :zone)::date as on_date, cs.person_id, cs.contact_id,
                           'Audit ' || a.id as reference, cs.first_name || ' ' || cs.last_name as child_name,
                           %s as team, c.source_code as source,
                           coalesce(m.moderated_grade, a.overall_grade) in ('OUTSTANDING', 'GOOD') as num,
                           null::float8 as value
                      from audit a
                      left join audit_moderation m on m.audit_id = a.id
                      left join contact_subject cs on cs.id = a.contact_subject_id
                      left join contact c on c.id = cs.contact_id
                     where a.status = 'COMPLETED' and a.completed_at >= :fromTs and a.completed_at < :toTs"""
                    .formatted(CHILD_CONTACT_TEAM)),
            new Indicator("overdue-audit-actions", "Quality", "Overdue audit actions",
                    "Actions set by case file audits that were overdue on the last day of the month (today, for "
                            + "the current month): due before that day and not marked done by the end of it. An "
                            + "action counts at every month end it is still overdue at, for the team that decided the "
                            + "audited child's contact.",
                    "Audit actions overdue at the end of the month", "", Polarity.LOWER_IS_BETTER, Unit.COUNT, 3, """
                    select e.as_at as on_date, cs.person_id, cs.contact_id,
                           'Audit ' || a.id || ', action ' || x.id as reference,
                           cs.first_name || ' ' || cs.last_name as child_name, %s as team, c.source_code as source,
                           true as num, null::float8 as value
                      from audit_action x
                      join audit a on a.id = x.audit_id
                      join contact_subject cs on cs.id = a.contact_subject_id
                      join contact c on c.id = cs.contact_id
                      -- The last day of each month asked for that has begun, or today for the current one.
                      cross join lateral (
                          select least((g + interval '1 month')::date - 1, (now() at time zone :zone)::date) as as_at
                            from generate_series(cast(:from as timestamp), cast(:to as timestamp) - interval '1 day',
                                                 interval '1 month') g
                           where g::date <= (now() at time zone :zone)::date) e
                     where x.due_on < e.as_at and (x.done_on is null or x.done_on > e.as_at)
                       and x.due_on < :to and (x.done_on is null or x.done_on > :from)"""
                    .formatted(CHILD_CONTACT_TEAM)));

    private Indicators() {
    }

    public static Optional<Indicator> byId(String id) {
        return ALL.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
