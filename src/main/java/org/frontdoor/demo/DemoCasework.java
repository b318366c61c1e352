package org.frontdoor.demo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.frontdoor.access.NewUser;
import org.frontdoor.access.Role;
import org.frontdoor.calendar.Holidays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the demo borough's children past the Front Door, so that every shape of journey is there to look at:
 * assessments in time, late and still open; strategy discussions, s47 enquiries and initial conferences, some late;
 * child protection plans with their review conferences (a few children on a plan for the second time); child in
 * need plans with visits and reviews; early help, stepped down to and stepped up from; closures with their DfE
 * reason; and a few Signs of Safety mappings.
 *
 * <p>Like {@link DemoScreening}: plain {@code insert ... select} statements run after it in the same transaction.
 * Every choice comes from a hash of the referral's (or transfer's) id and every date from the data's own times, the
 * working-day calendar and the period's end, never from random() or now(). Each step of a referral's journey takes
 * the referral's id as its own, so the same options give the same rows, ids included. Nothing is dated on or after
 * the period's end, so a step that would fall later simply has not happened yet.
 */
final class DemoCasework {

    private static final Logger log = LoggerFactory.getLogger(DemoCasework.class);
    private static final Holidays BANK_HOLIDAYS = Holidays.englandAndWales();
    /** The tables filled here that have an id sequence, moved past the ids given. */
    private static final List<String> TABLES = List.of("assessment", "strategy_discussion", "strategy_attendee",
            "s47_enquiry", "cp_conference", "plan", "plan_review", "plan_visit", "sos_mapping", "sos_scale",
            "early_help_episode", "early_help_review", "closure");
    /** The independent chair of child protection conferences: not a system user. */
    private static final String CHAIR = "Ruth Adeyemi (independent chair)";
    private static final String CONFERENCE_ATTENDEES = "Chair, social worker, mother, father (first part), police, "
            + "health visitor, school designated safeguarding lead";

    /** Factor sets (DfE codes, comma-separated) an assessment ends with; "21" is "no factors identified". */
    private static final List<String> FACTORS = List.of("3B,4B", "16A", "16A,2B", "3A,3B", "4B", "1B,3B", "17A,3B",
            "16A,1B", "6A", "14A,10A", "2B", "5B,16A", "7A,4B", "3B");
    private static final List<String> VOICE = List.of(
            "Said she feels safe with mum but gets scared when the shouting starts at night.",
            "Drew his family and put himself next to his nan; said home is 'sometimes noisy'.",
            "Told me she wants her dad to stop drinking and would like more time with friends after school.",
            "Too young to say; observed relaxed and responsive with mother, seeking her out for comfort.");
    private static final Map<String, List<String>> ANALYSIS = Map.of(
            "NFA", List.of("Concerns not substantiated: home conditions good, child thriving at school, parents "
                            + "engaged well. No role for children's social care.",
                    "The incident was isolated and parents acted protectively; universal services meet the needs."),
            "EARLY_HELP", List.of("Needs are real but not complex: routines, school attendance and parental "
                            + "conflict. Parents consent to a team around the family through early help.",
                    "Mother's low mood affects routines; with support she can meet the children's needs. Step down "
                            + "to early help."),
            "CIN_PLAN", List.of("Cumulative neglect: poor home conditions, missed health appointments. Parents "
                            + "want help; a child in need plan will give structure and review.",
                    "Parent's mental health and substance misuse limit care; child is a child in need under s17 and "
                            + "needs a plan with the family and partners."),
            "STRATEGY_DISCUSSION", List.of("New disclosure during the assessment gives reasonable cause to suspect "
                            + "significant harm: strategy discussion requested today.",
                    "Escalating domestic abuse with the child present, father not engaging: threshold for s47 "
                            + "consideration is met."));
    private static final List<String> AUTHORISATION = List.of("Agree with the analysis and the outcome.",
            "Agreed: a thorough assessment with the child's voice clear throughout.",
            "Agree. Make sure the family have the outcome in writing.");
    private static final List<String> INFORMATION = List.of(
            "Police: two call-outs in the last month for domestic abuse. Health: missed immunisations. School: "
                    + "attendance 82%, child tired and hungry.",
            "Police: father known for violence to a previous partner. Health visitor: concerns about bruising "
                    + "seen at the last visit.",
            "Child disclosed at school that she was hit with a belt. Police and health checked: no previous "
                    + "injuries recorded.");
    private static final List<String> STRATEGY_RATIONALE = List.of(
            "Reasonable cause to suspect significant harm; joint enquiry so that police can investigate alongside.",
            "Threshold for s47 met on the disclosure and history; a single-agency enquiry is proportionate.",
            "Harm is not indicated at s47 level, but needs are complex: a single assessment under s17.");
    private static final List<String> VISIT_NOTES = List.of("Home visit: home conditions adequate, child well.",
            "Seen at school; talked about friends and football.", "Unannounced visit: mother cooperative.",
            "Home visit with the health visitor; baby weighed and feeding well.");
    private static final List<String> CIN_REVIEW_NOTES = List.of(
            "Plan reviewed with the family and school: attendance improving, actions carried forward.",
            "Good progress on routines; housing referral outstanding. Plan continues.",
            "Mother engaging with the drug and alcohol service; review in three months.");
    private static final List<String> EARLY_HELP_SUMMARY = List.of(
            "Family assessment: parental conflict and a child struggling at school; parents want support.",
            "Family assessment: routines, sleep and attendance; mother asked for parenting support.",
            "Family assessment: young carer for a parent with a long-term illness; respite and school support.");
    private static final List<String> EARLY_HELP_NOTES = List.of(
            "Team around the family met: school attendance up, parenting course half done.",
            "Review with the family: housing still the main worry; debt advice booked.",
            "Good progress; family want to continue for another review.");
    private static final Map<String, String> CLOSURE_NOTES = Map.of(
            "RC7", "Services no longer needed: the plan ended or enquiries found no further role for social care.",
            "RC8", "Assessment completed: no further action by children's social care.",
            "RC9", "Assessment completed: needs to be met through early help, family consent given.");
    private static final Map<String, String> PARENT = new LinkedHashMap<>();

    static {
        PARENT.put("mother", "Seen at home visits and contributed fully to the assessment.");
        PARENT.put("father", "Seen with the children and spoke to the worker about his part in their care.");
    }

    private static final List<String> FATHER_NOT_INVOLVED = List.of(
            "Not involved: whereabouts unknown despite checks with the mother, the GP and the DWP.",
            "Not involved: wrote to him twice and left messages; he did not reply.",
            "Not involved: mother fears for her safety if he is contacted (domestic abuse); agreed with the manager.");

    private DemoCasework() {
    }

    /** Adds the casework rows for the demo just screened, in the caller's transaction. */
    static void work(Statement sql, DemoOptions options) throws SQLException {
        long start = System.nanoTime();
        String until = "date '" + options.until() + "'";
        String end = "timestamptz '" + options.until().atStartOfDay(DemoOptions.ZONE).toInstant() + "'";
        String worker = name(firstWith(Role.ASSESSMENT_SOCIAL_WORKER));
        String manager = firstWith(Role.ASSESSMENT_MANAGER);

        calendar(sql, options);
        run(sql, "Journeys", fill(JOURNEYS, until, end));
        run(sql, "Reviews", fill(REVIEWS, until, end));
        run(sql, "Cases", fill(CASES, until, end));
        // A child already on a journey is not started on another: the later referral joins the open case.
        sql.execute("""
                create index on demo_case (person_id);
                delete from demo_case j using demo_case p
                 where p.person_id = j.person_id and (p.referred_at, p.referral_id) < (j.referred_at, j.referral_id)
                   and p.journey_end >= j.referred_on""");
        // A later migration may ask for the manager's comment with every authorisation.
        boolean comment = hasColumn(sql, "assessment", "authorisation_comment");
        run(sql, "Assessments", fill(ASSESSMENTS, until, end)
                .replace("{COMMENT_COLUMN}", comment ? ", authorisation_comment" : "")
                .replace("{COMMENT}", comment ? ", case when a_auth is not null then "
                        + pick(AUTHORISATION, "pg_temp.demo_b(referral_id, 47)") + " end" : "")
                .replace("{MANAGER}", literal(manager))
                .replace("{VOICE}", pick(VOICE, "pg_temp.demo_b(referral_id, 40)"))
                .replace("{ANALYSIS}", analysis()));
        sql.execute("""
                insert into assessment_factor (assessment_id, code)
                select a.id, unnest(string_to_array(case when a.outcome = 'NFA' and pg_temp.demo_b(a.id, 41) < 50
                                                         then '21' else %s end, ','))
                  from assessment a where a.completed_on is not null""".formatted(
                pick(FACTORS, "pg_temp.demo_b(a.id, 42)")));
        sql.execute("""
                insert into assessment_parent (assessment_id, person_id, involved, how)
                select distinct on (a.id, r.related_person_id) a.id, r.related_person_id,
                       r.relationship = 'MOTHER' or pg_temp.demo_b(a.id + r.related_person_id, 43) < 70,
                       case when r.relationship = 'MOTHER' then %s
                            when pg_temp.demo_b(a.id + r.related_person_id, 43) < 70 then %s else %s end
                  from assessment a join relationship r on r.person_id = a.person_id
                 where r.relationship in ('MOTHER', 'FATHER')
                 order by a.id, r.related_person_id, r.relationship desc""".formatted(literal(PARENT.get("mother")),
                literal(PARENT.get("father")), pick(FATHER_NOT_INVOLVED, "pg_temp.demo_b(a.id, 44)")));
        if (hasColumn(sql, "assessment", "father_not_involved_reason")) {
            sql.execute("""
                    update assessment a set father_not_involved_reason =
                           case when exists (select 1 from assessment_parent p join relationship r
                                               on r.person_id = a.person_id and r.related_person_id = p.person_id
                                              where p.assessment_id = a.id and r.relationship = 'FATHER')
                                then 'Father named but not involved: see the parents'' involvement.'
                                else 'No father is recorded: the mother did not give his details.' end
                     where not exists (select 1 from assessment_parent p join relationship r
                                         on r.person_id = a.person_id and r.related_person_id = p.person_id
                                        where p.assessment_id = a.id and r.relationship = 'FATHER' and p.involved)""");
        }
        run(sql, "Strategy", fill(STRATEGY, until, end)
                .replace("{INFORMATION}", pick(INFORMATION, "pg_temp.demo_b(referral_id, 45)"))
                .replace("{RATIONALE}", "case when sd_out = 'S17_ASSESSMENT' then " + literal(STRATEGY_RATIONALE.get(2))
                        + " else " + pick(STRATEGY_RATIONALE.subList(0, 2), "pg_temp.demo_b(referral_id, 45)")
                        + " end"));
        run(sql, "Attendees", fill(ATTENDEES, until, end)
                .replace("{WORKER}", literal(worker)).replace("{MANAGER}", literal(name(manager)))
                .replace("{POLICE}", literal(name("dc.ward"))).replace("{HEALTH}", literal(name("nurse.begum")))
                .replace("{EDUCATION}", literal(name("edu.lewis"))));
        run(sql, "Child protection", fill(CHILD_PROTECTION, until, end)
                .replace("{CHAIR}", literal(CHAIR)).replace("{ATTENDEES}", literal(CONFERENCE_ATTENDEES)));
        run(sql, "Plan work", fill(PLAN_WORK, until, end)
                .replace("{VISIT}", pick(VISIT_NOTES, "b"))
                .replace("{REVIEW}", pick(CIN_REVIEW_NOTES, "pg_temp.demo_b(c.referral_id, 50)")));
        run(sql, "Early help", fill(EARLY_HELP, until, end)
                .replace("{LEAD}", literal(firstWith(Role.EARLY_HELP)))
                .replace("{SUMMARY}", pick(EARLY_HELP_SUMMARY, "pg_temp.demo_b(key, 54)"))
                .replace("{NOTE}", pick(EARLY_HELP_NOTES, "pg_temp.demo_b(e.key + g, 55)")));
        run(sql, "Closures", fill(CLOSURES, until, end)
                .replace("{MANAGER}", literal(manager))
                .replace("{NOTE}", "case close_code " + CLOSURE_NOTES.entrySet().stream()
                        .map(e -> "when " + literal(e.getKey()) + " then " + literal(e.getValue()))
                        .collect(Collectors.joining(" ")) + " end"));
        run(sql, "Signs of safety", fill(SIGNS_OF_SAFETY, until, end).replace("{WORKER}", literal(worker)));
        for (String table : TABLES) {
            sql.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce(max(id), 1), "
                    + "max(id) is not null) from " + table);
        }
        sql.execute("drop function pg_temp.demo_wd(date, integer); drop function pg_temp.demo_b(bigint, integer)");
        if (log.isInfoEnabled()) {
            log.info("Worked the demo children's cases in {} s: {}",
                    String.format(Locale.UK, "%.1f", (System.nanoTime() - start) / 1e9), summary(sql));
        }
    }

    /**
     * Working days as two arrays: for each day, how many working days there are up to it; for each count, the
     * working day it reaches. So "n working days after d" is the working day whose count is d's plus n, as
     * {@code WorkingCalendar.addWorkingDays} reckons it, in one inlined expression rather than a query per row.
     */
    private static void calendar(Statement sql, DemoOptions options) throws SQLException {
        LocalDate from = options.firstDay().minusDays(30);
        LocalDate to = options.until().plusYears(1);
        List<Integer> counts = new ArrayList<>();
        List<Integer> workingDays = new ArrayList<>();
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !BANK_HOLIDAYS.contains(day)) {
                count++;
                workingDays.add((int) ChronoUnit.DAYS.between(from, day));
            }
            counts.add(count);
        }
        sql.execute("""
                create or replace function pg_temp.demo_wd(d date, n integer) returns date language sql immutable as
                    'select date ''%1$s'' + (''%2$s''::int[])[(''%3$s''::int[])[d - date ''%1$s'' + 1] + n]';
                create or replace function pg_temp.demo_b(k bigint, salt integer) returns integer language sql immutable
                    as 'select abs(hashint8extended(k, salt) %% 100)::int'""".formatted(from, intArray(workingDays),
                intArray(counts)));
    }

    private static String intArray(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /**
     * One row per accepted referral, each step's choices and dates computed in turn: the MASH's strategy
     * discussion, the assessment, the assessment's strategy discussion, the s47 enquiry, the initial conference and
     * the plan. A step whose date falls on or after the period's end ({U}) has not happened yet.
     */
    private static final String JOURNEYS = """
            create temp table demo_journey on commit drop as
            select *
              from (select t.referral_id, t.decision_id, t.person_id, t.accepted_by as worker, t.accepted_at,
                           t.signed_off_at, d.outcome as route, r.referred_at,
                           (r.referred_at at time zone {Z})::date as referred_on, p.date_of_birth as dob
                      from transfer t join decision d on d.id = t.decision_id join referral r on r.id = t.referral_id
                      join person p on p.id = t.person_id
                     where t.team = 'ASSESSMENT' and t.accepted_at is not null
                       and d.outcome in ('SINGLE_ASSESSMENT', 'STRATEGY_DISCUSSION')) j
             -- Each step "offset 0" so that it is worked out once per row, not copied into every step that uses it.
             -- The MASH's strategy discussion: due one working day after the request, most held in time.
             cross join lateral (select case when j.route = 'STRATEGY_DISCUSSION' then j.signed_off_at end as sd0_req offset 0) q0
             cross join lateral (select (pg_temp.demo_wd((sd0_req at time zone {Z})::date, 1)
                                         + (sd0_req at time zone {Z})::time) at time zone {Z} as sd0_due offset 0) q1
             cross join lateral (select case when h < {E} then h end as sd0_held
                                   from (select case when pg_temp.demo_b(j.referral_id, 13) < 88
                                                     then sd0_req + (sd0_due - sd0_req)
                                                          * (0.05 + pg_temp.demo_b(j.referral_id, 13) / 200.0)
                                                     else sd0_due + interval '1 hour'
                                                          * (2 + pg_temp.demo_b(j.referral_id, 13) % 46) end as h) x offset 0) q2
             cross join lateral (select case when sd0_held is null then null
                                             when pg_temp.demo_b(j.referral_id, 14) < 12 then 'S17_ASSESSMENT'
                                             when pg_temp.demo_b(j.referral_id, 14) < 64 then 'S47_JOINT'
                                             else 'S47_SINGLE_AGENCY' end as sd0_out offset 0) q3
             -- The single assessment: 45 working days from the referral; ~15% late, a few stuck open past due.
             cross join lateral (select j.route = 'SINGLE_ASSESSMENT' or sd0_out = 'S17_ASSESSMENT' as has_a,
                                        case when pg_temp.demo_b(j.referral_id, 15) < 15
                                             then 46 + pg_temp.demo_b(j.referral_id, 15) * 3
                                             else 10 + (pg_temp.demo_b(j.referral_id, 15) - 15) * 35 / 85
                                        end as a_days offset 0) a0
             cross join lateral (select case when has_a then pg_temp.demo_wd(j.referred_on, 45) end as a_due,
                                        case when has_a then pg_temp.demo_wd(j.referred_on, a_days) end as a_target,
                                        case when has_a then pg_temp.demo_wd(j.referred_on, 10) end as a_day10,
                                        case when has_a then pg_temp.demo_wd(j.referred_on, 25) end as a_day25,
                                        case when has_a then pg_temp.demo_wd(j.referred_on,
                                             1 + pg_temp.demo_b(j.referral_id, 18) % 5) end as a_seen,
                                        case when j.route = 'SINGLE_ASSESSMENT' then j.accepted_at
                                             else greatest(j.accepted_at, sd0_held) end as a_alloc offset 0) a1
             cross join lateral (select case when a_target < {U} and not (pg_temp.demo_b(j.referral_id, 15) < 4
                                                                      and j.referred_on > {U} - 150)
                                             then a_target end as a_done offset 0) a2
             cross join lateral (select case when a_done is null then null
                                             when j.route = 'SINGLE_ASSESSMENT' then
                                                 case when pg_temp.demo_b(j.referral_id, 16) < 30 then 'NFA'
                                                      when pg_temp.demo_b(j.referral_id, 16) < 55 then 'EARLY_HELP'
                                                      when pg_temp.demo_b(j.referral_id, 16) < 88 then 'CIN_PLAN'
                                                      else 'STRATEGY_DISCUSSION' end
                                             when pg_temp.demo_b(j.referral_id, 16) < 40 then 'NFA'
                                             when pg_temp.demo_b(j.referral_id, 16) < 70 then 'EARLY_HELP'
                                             else 'CIN_PLAN' end as a_out,
                                        case when h < {E} then h end as a_auth
                                   from (select (a_done + 1 + pg_temp.demo_b(j.referral_id, 16) % 2 + time '09:30'
                                                 + interval '3 minutes' * pg_temp.demo_b(j.referral_id, 17))
                                                at time zone {Z} as h) x offset 0) a3
             cross join lateral (select (a_auth at time zone {Z})::date as a_auth_on,
                                        case when a_out = 'STRATEGY_DISCUSSION' then a_auth end as sd1_req offset 0) a4
             -- The assessment's strategy discussion, timed like the MASH's.
             cross join lateral (select (pg_temp.demo_wd((sd1_req at time zone {Z})::date, 1)
                                         + (sd1_req at time zone {Z})::time) at time zone {Z} as sd1_due offset 0) r1
             cross join lateral (select case when h < {E} then h end as sd1_held
                                   from (select case when pg_temp.demo_b(j.referral_id, 19) < 85
                                                     then sd1_req + (sd1_due - sd1_req)
                                                          * (0.05 + pg_temp.demo_b(j.referral_id, 19) / 200.0)
                                                     else sd1_due + interval '1 hour'
                                                          * (2 + pg_temp.demo_b(j.referral_id, 19) % 46) end as h) x offset 0) r2
             cross join lateral (select coalesce(sd0_req, sd1_req) as sd_req, coalesce(sd0_due, sd1_due) as sd_due,
                                        coalesce(sd0_held, sd1_held) as sd_held, sd1_req is not null as sd_from_a,
                                        case when sd0_req is not null then sd0_out
                                             when sd1_held is null then null
                                             when pg_temp.demo_b(j.referral_id, 20) < 65 then 'S47_JOINT'
                                             else 'S47_SINGLE_AGENCY' end as sd_out offset 0) r3
             -- The s47 enquiry and its initial conference, due 15 working days after the strategy discussion.
             cross join lateral (select case when sd_out like 'S47%' then (sd_held at time zone {Z})::date end
                                            as s_start,
                                        case when pg_temp.demo_b(j.referral_id, 21) < 50 then 'ICPC'
                                             when pg_temp.demo_b(j.referral_id, 21) < 70 then 'CIN_PLAN'
                                             else 'NFA' end as s_kind,
                                        case when pg_temp.demo_b(j.referral_id, 22) < 78
                                             then 6 + pg_temp.demo_b(j.referral_id, 22) % 10
                                             else 16 + pg_temp.demo_b(j.referral_id, 22) % 16 end as icpc_days offset 0) s0
             cross join lateral (select pg_temp.demo_wd(s_start, 15) as s_due,
                                        case when s_kind = 'ICPC' then pg_temp.demo_wd(s_start, icpc_days - 1)
                                             else pg_temp.demo_wd(s_start, 5 + pg_temp.demo_b(j.referral_id, 21) % 12)
                                        end as s_target,
                                        pg_temp.demo_wd(s_start, icpc_days) as icpc_target offset 0) s1
             cross join lateral (select case when s_target < {U} then s_target end as s_done,
                                        case when s_target < {U} then s_kind end as s_out,
                                        case when coalesce(s_target >= {U}, true) then null when s_kind = 'NFA' then false
                                             when s_kind = 'ICPC' then true
                                             else pg_temp.demo_b(j.referral_id, 21) % 2 = 0 end as s_substantiated,
                                        case when s_kind = 'ICPC' and icpc_target < {U} then icpc_target end as icpc_on offset 0) s2
             cross join lateral (select case when icpc_on is null then null
                                             when pg_temp.demo_b(j.referral_id, 23) < 85 then 'CP_PLAN'
                                             when pg_temp.demo_b(j.referral_id, 23) < 95 then 'CIN_PLAN'
                                             else 'NFA' end as icpc_decision,
                                        case when pg_temp.demo_b(j.referral_id, 24) < 45 then 'NEG'
                                             when pg_temp.demo_b(j.referral_id, 24) < 70 then 'EMO'
                                             when pg_temp.demo_b(j.referral_id, 24) < 85 then 'PHY'
                                             when pg_temp.demo_b(j.referral_id, 24) < 90 then 'SAB'
                                             else 'MUL' end as cp_category offset 0) s3
             -- The plan: child protection from a conference, child in need from a conference, s47 or assessment.
             cross join lateral (select case when icpc_decision = 'CP_PLAN' then 'CP'
                                             when icpc_decision = 'CIN_PLAN' or s_out = 'CIN_PLAN' then 'CIN'
                                             when a_out = 'CIN_PLAN' and a_auth is not null then 'CIN' end as plan_kind,
                                        case when icpc_decision in ('CP_PLAN', 'CIN_PLAN') then icpc_on
                                             when s_out = 'CIN_PLAN' then s_done
                                             when a_out = 'CIN_PLAN' then a_auth_on end as plan_start,
                                        case when pg_temp.demo_b(j.referral_id, 25) < 25 then 1
                                             when pg_temp.demo_b(j.referral_id, 25) < 60 then 2
                                             when pg_temp.demo_b(j.referral_id, 25) < 85 then 3 else 6 end as reviews,
                                        case when a_out = 'EARLY_HELP'
                                                  and a_auth_on + pg_temp.demo_b(j.referral_id, 27) % 4 < {U}
                                             then a_auth_on + pg_temp.demo_b(j.referral_id, 27) % 4 end as eh_start offset 0) p0
            """;

    /**
     * Review conferences of each child protection plan: the first due 3 months after the initial conference, then
     * 6 months after the last; a few held late. The plan ends at its last review.
     */
    private static final String REVIEWS = """
            create temp table demo_review on commit drop as
            with recursive r (referral_id, i, reviews, due_on, held_on) as (
                select referral_id, 1, reviews, (plan_start + interval '3 months')::date,
                       (plan_start + interval '3 months')::date
                           + case when pg_temp.demo_b(referral_id, 26) < 12 then 3 + pg_temp.demo_b(referral_id, 26)
                                  else -(pg_temp.demo_b(referral_id, 26) % 10) end
                  from demo_journey where plan_kind = 'CP'
                union all
                select referral_id, i + 1, reviews, (held_on + interval '6 months')::date,
                       (held_on + interval '6 months')::date - pg_temp.demo_b(referral_id * 8 + i, 28) % 10
                  from r where i < reviews and held_on < {U})
            select * from r where held_on < {U}
            """;

    /** The plan's end, the closure that ends the referral's journey (with its DfE reason), and the journey's end. */
    private static final String CASES = """
            create temp table demo_case on commit drop as
            select j.*, pe.plan_end, cl.close_code, cl.closed_on, coalesce(cl.closed_on, 'infinity'::date) as journey_end
              from demo_journey j
              left join demo_review rv on rv.referral_id = j.referral_id and rv.i = j.reviews and j.plan_kind = 'CP'
             cross join lateral (select case when j.plan_kind = 'CP' then rv.held_on
                                             when j.plan_kind = 'CIN'
                                                  and j.plan_start + 90 + pg_temp.demo_b(j.referral_id, 25) * 3 < {U}
                                             then j.plan_start + 90 + pg_temp.demo_b(j.referral_id, 25) * 3
                                        end as plan_end) pe
             cross join lateral (select case when j.a_out = 'NFA' and j.a_auth is not null then 'RC8'
                                             when j.eh_start is not null then 'RC9'
                                             when pe.plan_end is not null or j.s_out = 'NFA'
                                                  or j.icpc_decision = 'NFA' then 'RC7' end as close_code,
                                        case when j.a_out = 'NFA' and j.a_auth is not null then j.a_auth_on
                                             when j.eh_start is not null then j.eh_start
                                             else least({U} - 1, coalesce(pe.plan_end, j.icpc_on, j.s_done)
                                                        + pg_temp.demo_b(j.referral_id, 29) % 6) end as closed_on) x
             cross join lateral (select x.close_code, case when x.close_code is not null then x.closed_on end as closed_on) cl
            """;

    private static final String ASSESSMENTS = """
            insert into assessment (id, referral_id, person_id, started_on, due_on, social_worker, allocated_at,
                                    interim_day10_on, interim_day25_on, child_seen_on, child_seen_alone_on, child_voice,
                                    analysis, primary_need, outcome, completed_on, authorised_by, authorised_at,
                                    created_at, created_by, version{COMMENT_COLUMN})
            select referral_id, referral_id, person_id, referred_on, a_due, worker, a_alloc,
                   case when a_day10 < {U} and a_day10 <= coalesce(a_done, a_day10) then a_day10 end,
                   case when a_day25 < {U} and a_day25 <= coalesce(a_done, a_day25) then a_day25 end,
                   seen, case when seen is not null and dob <= referred_on - interval '5 years'
                                   and pg_temp.demo_b(referral_id, 18) < 80 then seen end,
                   case when seen is not null then {VOICE} end,
                   case when a_done is not null then {ANALYSIS} end,
                   case when a_done is null then null
                        when a_out = 'STRATEGY_DISCUSSION' then 'N1'
                        when a_out = 'NFA' and pg_temp.demo_b(referral_id, 30) < 40 then 'N9'
                        else (array['N1', 'N4', 'N5', 'N3', 'N2', 'N1', 'N8', 'N7', 'N5', 'N4'])
                             [1 + pg_temp.demo_b(referral_id, 30) % 10] end,
                   a_out, a_done, case when a_auth is not null then {MANAGER} end, a_auth, a_alloc, worker,
                   case when a_auth is null then 0 else 2 end{COMMENT}
              from (select c.*, case when a_seen < {U} then a_seen end as seen from demo_case c where has_a) c
            """;

    private static final String STRATEGY = """
            insert into strategy_discussion (id, person_id, referral_id, decision_id, assessment_id, requested_at,
                                             due_by, held_at, information_shared, outcome, rationale, recorded_by,
                                             created_at, created_by, version)
            select referral_id, person_id, referral_id, case when not sd_from_a then decision_id end,
                   case when sd_from_a then referral_id end, sd_req, sd_due, sd_held,
                   case when sd_held is not null then {INFORMATION} end, sd_out,
                   case when sd_held is not null then {RATIONALE} end,
                   case when sd_held is not null then worker end, sd_req, worker,
                   case when sd_held is null then 0 else 1 end
              from demo_case where sd_req is not null
            """;

    /** Social care, police and health at every discussion, except a few health could not join; school sometimes. */
    private static final String ATTENDEES = """
            insert into strategy_attendee (id, strategy_discussion_id, name, agency, role)
            select row_number() over (order by c.referral_id, a.n), c.referral_id, a.name, a.agency, a.role
              from demo_case c
             cross join (values (1, {WORKER}, 'Children''s social care', 'Social worker'),
                                (2, {MANAGER}, 'Children''s social care', 'Team manager, chair'),
                                (3, {POLICE}, 'Police', 'Investigating officer'),
                                (4, {HEALTH}, 'Health', 'Named nurse for safeguarding children'),
                                (5, {EDUCATION}, 'Education', 'Designated safeguarding lead')) a (n, name, agency, role)
             where c.sd_held is not null
               and (a.n <= 3 or (a.n = 4 and pg_temp.demo_b(c.referral_id, 31) >= 12)
                    or (a.n = 5 and pg_temp.demo_b(c.referral_id, 31) % 3 = 0))
            """;

    /** s47 enquiries, initial conferences, plans (after the conference they come from) and review conferences. */
    private static final String CHILD_PROTECTION = """
            insert into s47_enquiry (id, person_id, strategy_discussion_id, joint_with_police, started_on, icpc_due_on,
                                     concerns_substantiated, outcome, completed_on, social_worker, created_at,
                                     created_by, version)
            select referral_id, person_id, referral_id, sd_out = 'S47_JOINT', s_start, s_due, s_substantiated, s_out,
                   s_done, worker, sd_held, worker, case when s_done is null then 0 else 1 end
              from demo_case where s_start is not null;
            insert into cp_conference (id, person_id, kind, s47_enquiry_id, due_on, held_on, attendees, decision,
                                       category, chair, created_at, created_by)
            select referral_id, person_id, 'INITIAL', referral_id, s_due, icpc_on, {ATTENDEES}, icpc_decision,
                   case when icpc_decision = 'CP_PLAN' then cp_category end, {CHAIR},
                   (icpc_on + time '16:00') at time zone {Z}, worker
              from demo_case where icpc_on is not null;
            insert into plan (id, person_id, kind, started_on, category, assessment_id, s47_enquiry_id, social_worker,
                              ended_on, end_reason, created_at, created_by, version, conference_id)
            select referral_id, person_id, plan_kind, plan_start, case when plan_kind = 'CP' then cp_category end,
                   case when s_start is null then referral_id end, case when s_start is not null then referral_id end,
                   worker, plan_end,
                   case when plan_end is null then null
                        when plan_kind = 'CP'
                            then 'Review conference: the child is no longer at risk of significant harm.'
                        else 'The plan''s outcomes were met: the child is no longer in need.' end,
                   (plan_start + time '16:30') at time zone {Z}, worker, case when plan_end is null then 0 else 1 end,
                   case when icpc_decision in ('CP_PLAN', 'CIN_PLAN') then referral_id end
              from demo_case where plan_kind is not null;
            insert into cp_conference (id, person_id, kind, plan_id, due_on, held_on, attendees, decision, category,
                                       chair, created_at, created_by)
            select (select coalesce(max(id), 0) from cp_conference) + row_number() over (order by r.referral_id, r.i),
                   c.person_id, 'REVIEW', c.referral_id, r.due_on, r.held_on, {ATTENDEES},
                   case when r.i = c.reviews then 'END_PLAN' else 'CONTINUE_PLAN' end,
                   case when r.i < c.reviews then c.cp_category end, {CHAIR},
                   (r.held_on + time '16:00') at time zone {Z}, c.worker
              from demo_review r join demo_case c on c.referral_id = r.referral_id
            """;

    /** Visits (every 10 days on a CP plan, 3 weeks on a CIN plan) and CIN plan reviews about every 3 months. */
    private static final String PLAN_WORK = """
            insert into plan_visit (id, plan_id, visited_on, seen, seen_alone, note, created_by, created_at)
            select row_number() over (order by plan_id, visited_on), plan_id, visited_on, b < 93,
                   b < 93 and old_enough and pg_temp.demo_b(plan_id * 7 + (visited_on - date '2000-01-01'), 33) < 65,
                   {VISIT}, worker, (visited_on + time '17:00') at time zone {Z}
              from (select c.referral_id as plan_id, v::date as visited_on, c.worker,
                           coalesce(c.dob <= v::date - interval '4 years', false) as old_enough,
                           pg_temp.demo_b(c.referral_id * 7 + (v::date - date '2000-01-01'), 32) as b
                      from demo_case c
                     cross join lateral generate_series(c.plan_start + case c.plan_kind when 'CP' then 10 else 21 end,
                                                        least(coalesce(c.plan_end, {U} - 1), {U} - 1),
                                                        case c.plan_kind when 'CP' then interval '10 days'
                                                             else interval '21 days' end) v
                     where c.plan_kind is not null) x;
            insert into plan_review (id, plan_id, held_on, note, created_by, created_at)
            select row_number() over (order by c.referral_id, g), c.referral_id, h, {REVIEW}, c.worker,
                   (h + time '15:00') at time zone {Z}
              from demo_case c cross join generate_series(1, 8) g
             cross join lateral (select (c.plan_start + interval '3 months' * g)::date
                                        - pg_temp.demo_b(c.referral_id + g, 34) % 8 as h) x
             where c.plan_kind = 'CIN' and h <= least(coalesce(c.plan_end, {U} - 1), {U} - 1)
            """;

    /**
     * Early help episodes: from the early help transfers and from assessments that stepped down. An episode ends
     * stepped up when the child is next referred to social care, otherwise after 3 to 13 months, mostly needs met.
     * A child already in an episode is not started on another from a later transfer.
     */
    private static final String EARLY_HELP = """
            create temp table demo_eh on commit drop as
            select e.*, up.contact_id as up_contact,
                   case when up.contact_id is not null then 'STEPPED_UP'
                        when planned_end >= {U} then null
                        when pg_temp.demo_b(key, 51) < 75 then 'NEEDS_MET'
                        when pg_temp.demo_b(key, 51) < 85 then 'DECLINED'
                        when pg_temp.demo_b(key, 51) < 93 then 'MOVED_AWAY' else 'OTHER' end as outcome,
                   case when up.contact_id is not null then up.up_on when planned_end < {U} then planned_end end
                       as ended_on
              from (select s.*, s.started_on + 90 + pg_temp.demo_b(key, 52) * 3 as planned_end
                      from (select t.id as transfer_id, null::bigint as from_assessment, t.person_id,
                                   (t.accepted_at at time zone {Z})::date as started_on, t.accepted_at as created_at,
                                   t.id as key
                              from transfer t where t.team = 'EARLY_HELP' and t.accepted_at is not null
                            union all
                            select null, referral_id, person_id, eh_start, (eh_start + time '10:00') at time zone {Z},
                                   -referral_id
                              from demo_case where eh_start is not null) s) e
              left join lateral (select cs.contact_id, (r.referred_at at time zone {Z})::date as up_on
                                   from referral r join contact_subject cs on cs.id = r.contact_subject_id
                                  where r.person_id = e.person_id and r.referred_at > e.created_at
                                    and (r.referred_at at time zone {Z})::date <= e.planned_end
                                  order by r.referred_at, r.id limit 1) up on true;
            create index on demo_eh (person_id);
            delete from demo_eh e using demo_eh p
             where e.transfer_id is not null and p.person_id = e.person_id
               and (p.created_at, p.key) < (e.created_at, e.key) and coalesce(p.ended_on, 'infinity') >= e.started_on;
            alter table demo_eh add column id bigint;
            update demo_eh e set id = n
              from (select key, row_number() over (order by started_on, created_at, key) as n from demo_eh) x
             where x.key = e.key;
            insert into early_help_episode (id, person_id, lead_practitioner, started_on, transfer_id, stepped_down_from,
                                            assessment_on, assessment_summary, outcome, ended_on, stepped_up_contact,
                                            created_at, created_by, version)
            select id, person_id, {LEAD}, started_on, transfer_id, from_assessment, a, case when a is not null then {SUMMARY} end,
                   outcome, ended_on, up_contact, created_at, {LEAD}, case when outcome is null then 0 else 1 end
              from (select e.*, case when e.started_on + 5 + pg_temp.demo_b(key, 53) % 20
                                          <= least(coalesce(e.ended_on, {U} - 1), {U} - 1)
                                     then e.started_on + 5 + pg_temp.demo_b(key, 53) % 20 end as a
                      from demo_eh e) x;
            insert into early_help_member (episode_id, person_id)
            select id, person_id from demo_eh
             union
            select e.id, r.related_person_id from demo_eh e join relationship r on r.person_id = e.person_id
             where r.relationship in ('MOTHER', 'FATHER', 'STEP_PARENT', 'CARER');
            insert into early_help_review (id, episode_id, held_on, note, next_on, created_by, created_at)
            select row_number() over (order by e.id, g), e.id, e.started_on + 42 * g, {NOTE},
                   case when e.ended_on is null or e.started_on + 42 * (g + 1) <= e.ended_on
                        then e.started_on + 42 * (g + 1) end,
                   {LEAD}, (e.started_on + 42 * g + time '14:00') at time zone {Z}
              from demo_eh e cross join generate_series(1, 12) g
             where e.started_on + 42 * g <= least(coalesce(e.ended_on, {U} - 1), {U} - 1)
            """;

    /** Requested by the worker on the day, signed off by the manager the next morning unless that is still to come. */
    private static final String CLOSURES = """
            insert into closure (id, referral_id, person_id, reason_code, closed_on, note, requested_by, requested_at,
                                 signed_off_by, signed_off_at, version)
            select referral_id, referral_id, person_id, close_code, closed_on, {NOTE}, worker, requested_at,
                   case when sign_off_at < {E} then {MANAGER} end, case when sign_off_at < {E} then sign_off_at end,
                   case when sign_off_at < {E} then 1 else 0 end
              from (select c.*, (closed_on + time '15:00') at time zone {Z} as requested_at,
                           (closed_on + 1 + time '09:00') at time zone {Z}
                               + interval '5 minutes' * pg_temp.demo_b(referral_id, 35) as sign_off_at
                      from demo_case c where close_code is not null) c
            """;

    /** A quarter of the plans mapped at two or three meetings six weeks apart, the scores rising as safety grows. */
    private static final String SIGNS_OF_SAFETY = """
            create temp table demo_sos on commit drop as
            select row_number() over (order by c.referral_id, g) as id, c.referral_id as plan_id, c.person_id,
                   c.worker, c.dob, g, c.plan_start + 7 + 42 * (g - 1) as meeting_on,
                   2 + pg_temp.demo_b(c.referral_id, 36) % 3 as base
              from demo_case c cross join generate_series(1, 3) g
             where c.plan_kind is not null and pg_temp.demo_b(c.referral_id, 36) < 25
               and g <= 2 + pg_temp.demo_b(c.referral_id, 37) % 2
               and c.plan_start + 7 + 42 * (g - 1) <= least(coalesce(c.plan_end, {U} - 1), {U} - 1);
            insert into sos_mapping (id, person_id, plan_id, number, meeting_on, harm, danger_statements,
                                     complicating_factors, existing_safety, strengths, safety_goals, next_steps,
                                     child_worries, child_good_things, child_dreams, created_at, created_by)
            select id, person_id, plan_id, row_number() over (partition by person_id order by meeting_on, id),
                   meeting_on,
                   'Police called to the home three times this year after fights between the adults.',
                   'We are worried that the children will be hurt, physically or emotionally, if the fighting goes on.',
                   'Father minimises the drinking; the family have moved twice in a year.',
                   'Nan has the children to stay when things are bad; mother has called the police herself.',
                   'The children are attached to both parents and go to school every day.',
                   'Everyone, the children too, is confident the adults can sort disagreements without fighting.',
                   'Safety plan with nan and the school; father to start the perpetrator programme.',
                   case when dob <= meeting_on - interval '5 years' then 'Shouting at night; dad leaving.' end,
                   case when dob <= meeting_on - interval '5 years' then 'My dog, football, nan''s house.' end,
                   case when dob <= meeting_on - interval '5 years' then 'Everyone happy at home, no shouting.' end,
                   (meeting_on + time '13:00') at time zone {Z}, worker
              from demo_sos;
            insert into sos_scale (id, mapping_id, given_by, name, score)
            select row_number() over (order by s.id, v.n), s.id, v.given_by,
                   case v.given_by when 'WORKER' then {WORKER} when 'PARENT' then 'Mother'
                                   when 'PARTNER' then 'School designated safeguarding lead' else p.first_name end,
                   least(10, s.base + 2 * (s.g - 1) + v.lift)
              from demo_sos s join person p on p.id = s.person_id
             cross join (values (1, 'WORKER', 0), (2, 'PARENT', 2), (3, 'PARTNER', 1), (4, 'CHILD', 1))
                        v (n, given_by, lift)
             where v.given_by <> 'CHILD' or s.dob <= s.meeting_on - interval '5 years'
            """;

    /** Runs one step, logging how long it took: a slow step shows in a large load. */
    private static void run(Statement sql, String step, String text) throws SQLException {
        long start = System.nanoTime();
        sql.execute(text);
        log.debug("{} in {} s", step, String.format(Locale.UK, "%.2f", (System.nanoTime() - start) / 1e9));
    }

    private static String fill(String template, String until, String end) {
        return template.replace("{U}", until).replace("{E}", end).replace("{Z}", "'" + DemoOptions.ZONE.getId() + "'");
    }

    private static String analysis() {
        return "case a_out " + ANALYSIS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> "when " + literal(e.getKey()) + " then "
                        + pick(e.getValue(), "pg_temp.demo_b(referral_id, 46)"))
                .collect(Collectors.joining(" ")) + " end";
    }

    /** One of the texts, chosen by a bucket expression from 0 to 99. */
    private static String pick(List<String> texts, String bucket) {
        return "(array[" + texts.stream().map(DemoCasework::literal).collect(Collectors.joining(", ")) + "])[1 + ("
                + bucket + ") % " + texts.size() + "]";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static boolean hasColumn(Statement sql, String table, String column) throws SQLException {
        try (ResultSet result = sql.executeQuery("select count(*) from information_schema.columns where table_name = '"
                + table + "' and column_name = '" + column + "' and table_schema = current_schema()")) {
            return result.next() && result.getLong(1) > 0;
        }
    }

    private static String firstWith(Role role) {
        return DemoUsers.USERS.stream().filter(u -> u.roles().contains(role)).map(NewUser::username).findFirst()
                .orElseThrow();
    }

    private static String name(String username) {
        return DemoUsers.USERS.stream().filter(u -> u.username().equals(username)).map(NewUser::displayName)
                .findFirst().orElseThrow();
    }

    private static String summary(Statement sql) throws SQLException {
        try (ResultSet r = sql.executeQuery("""
                select (select count(*) from assessment), (select count(*) from assessment where completed_on > due_on),
                       (select count(*) from assessment where completed_on is null),
                       (select count(*) from s47_enquiry), (select count(*) from cp_conference where kind = 'INITIAL'),
                       (select count(*) from plan where kind = 'CP'), (select count(*) from plan where kind = 'CIN'),
                       (select count(*) from early_help_episode), (select count(*) from closure)""")) {
            r.next();
            return String.format(Locale.UK, "assessments %d (late %d, open %d), s47 %d, initial conferences %d, "
                            + "CP plans %d, CIN plans %d, early help %d, closures %d", r.getLong(1), r.getLong(2),
                    r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9));
        }
    }
}
