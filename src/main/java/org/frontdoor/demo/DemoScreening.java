package org.frontdoor.demo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
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
 * Screens the demo borough so that the MASH looks alive: every child's contact received before the last three
 * working days of the period has a signed-off decision (each referral's child an s17 or s47 one, made when the
 * referral was), and those of the last three working days are spread over the states a real queue holds: not yet
 * RAG rated, rated, allocated, awaiting oversight, returned, some past their decision time.
 *
 * <p>Plain {@code insert ... select} statements after the COPY, so a large borough takes seconds. Every choice comes
 * from a hash of the child's contact_subject id and every time from the contact's own times and the period's end,
 * never from random() or now(): the same options give the same rows, ids included.
 */
final class DemoScreening {

    private static final Logger log = LoggerFactory.getLogger(DemoScreening.class);
    private static final Holidays BANK_HOLIDAYS = Holidays.englandAndWales();
    private static final int RECENT_WORKING_DAYS = 3;
    /** The tables filled here; their id sequences move past the ids given. */
    private static final List<String> TABLES = List.of("rag_rating", "allocation", "decision", "decision_oversight",
            "transfer");

    /** What the demo's MASH workers write, a few of each, so the decisions do not all read alike. */
    private static final Map<String, List<String>> RATIONALE = Map.of(
            "NFA", List.of("Single incident, now resolved; parents acted protectively. No role for children's services.",
                    "Concern checked with school and GP: no further worries known. No further action.",
                    "Information shared is historical and already known; no new risk identified."),
            "INFORMATION_ADVICE", List.of("Parent given advice on routines and signposted to the family hub.",
                    "Referrer advised on the threshold document and how to request early help with consent.",
                    "Mother signposted to the domestic abuse helpline and the school nurse."),
            "UNIVERSAL_SERVICES", List.of("Needs can be met by school and health visiting; both aware.",
                    "GP and school to monitor; no additional needs identified."),
            "EARLY_HELP", List.of("Additional needs around attendance and routines; family consent to early help.",
                    "Parental conflict affecting the child; family agree to a team around the family.",
                    "Emotional wellbeing concerns not met by school alone; early help assessment agreed."),
            "SINGLE_ASSESSMENT", List.of("Needs are complex and early help has not reduced concerns: s17 assessment.",
                    "Parent's substance misuse is affecting care of the child; single assessment needed.",
                    "Neglect indicators across several agencies; threshold for assessment is met."),
            "STRATEGY_DISCUSSION", List.of("Reasonable cause to suspect significant harm: strategy discussion today.",
                    "Disclosure of physical harm; police and health to join a strategy discussion.",
                    "High-risk domestic abuse with the child present; strategy discussion convened."),
            "OPEN_CASE", List.of("Child is open to the assessment team; information passed to the allocated worker."),
            "LADO", List.of("Allegation concerns a professional working with children; passed to the LADO."),
            "OTHER_LA", List.of("Family has moved out of the borough; passed to the local authority where they live."));
    private static final List<String> RISK = List.of(
            "Protective factors: engaged parent, child attending school. Risk low on the information held.",
            "Cumulative concerns from previous contacts considered; history checked with police and health.",
            "Risk assessed against the threshold document; no indicator of significant harm at this time.",
            "Worries about the home environment; strengths in the wider family network.");
    private static final List<String> SIGN_OFF = List.of("Agree with the decision and rationale.",
            "Agreed. Threshold applied correctly; good use of partner checks.",
            "Agree. Please make sure the referrer is told the outcome.");
    private static final List<String> RETURN = List.of(
            "Please record the school's view before I sign this off.",
            "Say why the father's views were not sought, then resubmit.",
            "The rationale does not reflect the previous contacts: please revisit the threshold level.");
    private static final List<String> RAG_REASON = List.of("Initial screening on the information in the contact.",
            "Rated on the referrer's account and history checks.");

    private DemoScreening() {
    }

    /** Adds the screening rows for the demo just copied, in the caller's transaction. */
    static void screen(Statement sql, DemoOptions options) throws SQLException {
        long start = System.nanoTime();
        Long version = null;
        try (ResultSet result = sql.executeQuery("select id from threshold_version where status = 'PUBLISHED'")) {
            if (result.next()) {
                version = result.getLong(1);
            }
        }
        if (version == null) {
            log.warn("No published threshold document: the demo children's contacts are left unscreened");
            return;
        }
        Instant end = options.until().atStartOfDay(DemoOptions.ZONE).toInstant();
        Instant recent = recentFrom(options.until()).atStartOfDay(DemoOptions.ZONE).toInstant();
        List<String> workers = DemoUsers.mashWorkers();
        String manager = DemoUsers.mashManagers().get(0);

        sql.execute(children(end, recent, workers));
        sql.execute("""
                insert into rag_rating (id, contact_subject_id, rating, reason, clock_start, due_at, rated_by, rated_at)
                select n, id, rating, %s, received_at,
                       case rating when 'RED' then received_at + interval '4 hours'
                                   when 'GREEN' then received_at + interval '72 hours' else decision_due_at end,
                       worker, rated_at
                  from demo_child where rating is not null""".formatted(pick(RAG_REASON, "b_text")));
        sql.execute("""
                insert into allocation (id, contact_subject_id, allocated_to, allocated_by, allocated_at)
                select n, id, worker, %s, allocated_at from demo_child
                 where state not in ('NEW', 'RATED')""".formatted(literal(manager)));
        sql.execute("""
                insert into decision (id, contact_subject_id, outcome, threshold_level, threshold_version_id,
                                      suggested_level, rationale, risk_analysis, child_views_sought, child_views_reason,
                                      status, decided_by, decided_at, overseen_by, overseen_at, oversight_comment,
                                      version)
                select n, id, outcome,
                       case outcome when 'EARLY_HELP' then 2 when 'STRATEGY_DISCUSSION' then 4
                                    when 'NFA' then 1 when 'INFORMATION_ADVICE' then 1 when 'UNIVERSAL_SERVICES' then 1
                                    else 3 end,
                       %d, null, %s, %s, views_sought,
                       case when views_sought then null
                            when date_of_birth > received_at::date - 1095
                                then 'Too young to give a view; the health visitor''s observations are recorded.'
                            else 'Not seen at screening: the assessing worker will seek the child''s views.' end,
                       state, worker, decided_at,
                       case when overseen_at is not null then %s end, overseen_at,
                       case state when 'SIGNED_OFF' then %s when 'RETURNED' then %s end,
                       case when overseen_at is null then 0 else 1 end
                  from demo_child where decided_at is not null""".formatted(version, rationale(),
                pick(RISK, "b_text"), literal(manager), pick(SIGN_OFF, "b_text"), pick(RETURN, "b_text")));
        sql.execute("""
                insert into decision_oversight (id, decision_id, action, manager, at, comment)
                select id, id, status, overseen_by, overseen_at, oversight_comment from decision
                 where overseen_at is not null""");
        // Handed on as at sign-off; most accepted within two days, the rest still waiting at the period's end.
        sql.execute("""
                insert into transfer (id, decision_id, team, referral_id, person_id, signed_off_at, accepted_by,
                                      accepted_at)
                select n, n, team, case when team = 'ASSESSMENT' then referral_id end, person_id, overseen_at,
                       case when accepted_at is not null then case team when 'ASSESSMENT' then %2$s else %3$s end end,
                       accepted_at
                  from (select n, person_id, referral_id, overseen_at,
                               case when outcome = 'EARLY_HELP' then 'EARLY_HELP' else 'ASSESSMENT' end as team,
                               case when overseen_at + interval '1 hour' * (2 + b_text * 46 / 100) < %1$s
                                         and (b_time < 90 or overseen_at < %1$s - interval '7 days')
                                    then overseen_at + interval '1 hour' * (2 + b_text * 46 / 100) end as accepted_at
                          from demo_child
                         where state = 'SIGNED_OFF' and person_id is not null
                           and (outcome = 'EARLY_HELP' or referral_id is not null)) t""".formatted(
                timestamp(end), literal(firstWith(Role.ASSESSMENT_SOCIAL_WORKER)),
                literal(firstWith(Role.EARLY_HELP))));
        for (String table : TABLES) {
            sql.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce(max(id), 1), "
                    + "max(id) is not null) from " + table);
        }
        if (log.isInfoEnabled()) {
            log.info("Screened the demo children's contacts in {} s: {}",
                    String.format(Locale.UK, "%.1f", (System.nanoTime() - start) / 1e9), states(sql));
        }
    }

    /**
     * One row per child's contact with its state and times. Referred children were decided when referred (the
     * referral is made at sign-off); other older ones in time for 85% and late for the rest; the recent ones only
     * up to the end of the period, so nothing is in the future.
     */
    private static String children(Instant end, Instant recent, List<String> workers) {
        String e = timestamp(end);
        return """
                create temp table demo_child on commit drop as
                select t.*,
                       case when state in ('NEW') then null
                            when immediate_danger or outcome = 'STRATEGY_DISCUSSION' or b_rag < 10 then 'RED'
                            when b_rag < 70 then 'AMBER' else 'GREEN' end as rating,
                       recorded_at + (coalesce(decided_at, least(decision_due_at, %1$s)) - recorded_at) * 0.1
                           as rated_at,
                       recorded_at + (coalesce(decided_at, least(decision_due_at, %1$s)) - recorded_at) * 0.2
                           as allocated_at,
                       case when state = 'SIGNED_OFF' and referred_at is not null then referred_at
                            when state = 'SIGNED_OFF' and b_time >= 85 and received_at < %2$s
                                then decided_at + interval '20 minutes' * (1 + b_text %% 12)
                            when state = 'SIGNED_OFF'
                                then recorded_at + (decision_due_at - recorded_at) * (0.75 + b_time / 500.0)
                            when state = 'RETURNED' then decided_at + (least(decision_due_at, %1$s) - decided_at) * 0.5
                       end as overseen_at
                  from (select c.*,
                               case when state in ('NEW', 'RATED', 'ALLOCATED') then null
                                    when state = 'SIGNED_OFF' and referred_at is not null
                                        then recorded_at + (referred_at - recorded_at) * 0.6
                                    when state = 'SIGNED_OFF' and b_time >= 85 and received_at < %2$s
                                        then decision_due_at + interval '1 hour' * (1 + b_time %% 30)
                                    when state = 'SIGNED_OFF'
                                        then recorded_at + (decision_due_at - recorded_at) * (0.3 + b_time / 250.0)
                                    else recorded_at + (least(decision_due_at, %1$s) - recorded_at) * (0.2 + b_time / 250.0)
                               end as decided_at,
                               case when referred_at is not null
                                        then case when immediate_danger or b_out < 30 then 'STRATEGY_DISCUSSION'
                                                  else 'SINGLE_ASSESSMENT' end
                                    when state in ('AWAITING_OVERSIGHT', 'RETURNED') and b_rag < 20
                                        then 'SINGLE_ASSESSMENT'
                                    when b_out < 25 then 'NFA'
                                    when b_out < 55 then 'INFORMATION_ADVICE'
                                    when b_out < 90 then 'EARLY_HELP'
                                    when b_out < 95 then 'UNIVERSAL_SERVICES'
                                    when b_out < 98 then 'OPEN_CASE'
                                    when b_out < 99 then 'LADO'
                                    else 'OTHER_LA' end as outcome
                          from (select h.*,
                                       case when referred_at is not null or received_at < %2$s then 'SIGNED_OFF'
                                            when decision_due_at < %1$s and b_state < 35 then 'SIGNED_OFF'
                                            when b_state < 45 then 'NEW'
                                            when b_state < 60 then 'RATED'
                                            when b_state < 82 then 'ALLOCATED'
                                            when b_state < 95 then 'AWAITING_OVERSIGHT'
                                            else 'RETURNED' end as state
                                  from (select row_number() over (order by s.id) as n, s.id, s.person_id,
                                               s.date_of_birth, s.decision_due_at, c.received_at,
                                               least(c.recorded_at, %1$s) as recorded_at, c.immediate_danger,
                                               r.referral_id, r.referred_at,
                                               (%3$s)[1 + abs(hashint8extended(s.id, 1) %% %4$d)::int] as worker,
                                               abs(hashint8extended(s.id, 2) %% 100)::int as b_state,
                                               abs(hashint8extended(s.id, 3) %% 100)::int as b_out,
                                               abs(hashint8extended(s.id, 4) %% 100)::int as b_rag,
                                               abs(hashint8extended(s.id, 5) %% 100)::int as b_time,
                                               abs(hashint8extended(s.id, 6) %% 100)::int as b_text,
                                               abs(hashint8extended(s.id, 7) %% 100) < 85 as views_sought
                                          from contact_subject s
                                          join contact c on c.id = s.contact_id
                                          left join (select contact_subject_id, min(id) as referral_id,
                                                            min(referred_at) as referred_at
                                                       from referral group by contact_subject_id) r
                                                 on r.contact_subject_id = s.id
                                         where s.role = 'CHILD') h) c) t
                """.formatted(e, timestamp(recent), array(workers), workers.size());
    }

    /** The start of the last few working days before {@code until}, which is left out of the period. */
    static LocalDate recentFrom(LocalDate until) {
        LocalDate day = until;
        for (int found = 0; found < RECENT_WORKING_DAYS; ) {
            day = day.minusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !BANK_HOLIDAYS.contains(day)) {
                found++;
            }
        }
        return day;
    }

    private static String rationale() {
        return "case outcome " + RATIONALE.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> "when " + literal(e.getKey()) + " then " + pick(e.getValue(), "b_text"))
                .collect(Collectors.joining(" ")) + " end";
    }

    /** One of the texts, chosen by a bucket column. */
    private static String pick(List<String> texts, String bucket) {
        return "(" + array(texts) + ")[1 + " + bucket + " % " + texts.size() + "]";
    }

    private static String array(List<String> texts) {
        return "array[" + texts.stream().map(DemoScreening::literal).collect(Collectors.joining(", ")) + "]";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String timestamp(Instant at) {
        return "timestamptz '" + at + "'";
    }

    private static String firstWith(Role role) {
        return DemoUsers.USERS.stream().filter(u -> u.roles().contains(role)).map(NewUser::username).findFirst()
                .orElseThrow();
    }

    private static String states(Statement sql) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (ResultSet result = sql.executeQuery("select state, count(*) from demo_child group by state order by 1")) {
            while (result.next()) {
                out.append(out.isEmpty() ? "" : ", ").append(result.getString(1).toLowerCase(Locale.ROOT))
                        .append(' ').append(result.getLong(2));
            }
        }
        return out.toString();
    }
}
