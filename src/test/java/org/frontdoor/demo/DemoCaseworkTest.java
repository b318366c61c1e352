package org.frontdoor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontdoor.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/** A small borough's casework after a demo load: every shape of journey, some late, none breaking the rules. */
@SpringBootTest(properties = {"frontdoor.embedded-postgres.data-dir=", "frontdoor.embedded-postgres.port=0",
        "frontdoor.demo.load-on-empty=false"})
@DirtiesContext
class DemoCaseworkTest {

    private static final DemoOptions OPTIONS = new DemoOptions(7, 2, DemoOptions.Size.SMALL, LocalDate.of(2026, 11, 23));
    private static final String UNTIL = "date '2026-11-23'";
    private static final String END = "timestamptz '2026-11-23T00:00:00Z'";
    private static final List<String> CASEWORK = List.of("assessment", "assessment_factor", "assessment_parent",
            "strategy_discussion", "strategy_attendee", "s47_enquiry", "plan", "cp_conference", "plan_review",
            "plan_visit", "sos_mapping", "sos_scale", "early_help_episode", "early_help_member", "early_help_review",
            "closure");

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyShapeOfJourneyIsThereSomeLateAndNoneBreaksTheRules() throws Exception {
        demo.load(OPTIONS, true);

        // Assessments: most in 45 working days, about one in seven late, recent ones open, a few open and overdue.
        long completed = count("assessment where completed_on is not null");
        long late = count("assessment where completed_on > due_on");
        assertThat(completed).isGreaterThan(300);
        assertThat((double) late / completed).isBetween(0.08, 0.25);
        assertThat(count("assessment where completed_on is null and due_on >= " + UNTIL)).isPositive();
        assertThat(count("assessment where completed_on is null and due_on < " + UNTIL)).isPositive();
        for (String outcome : List.of("NFA", "EARLY_HELP", "CIN_PLAN", "STRATEGY_DISCUSSION")) {
            assertThat(count("assessment where outcome = '" + outcome + "' and authorised_by = 'tm.osei'"))
                    .as(outcome).isPositive();
        }
        assertThat(count("assessment_factor where code = '21'")).isPositive();
        assertThat(count("assessment_factor where code in ('3B', '4B', '16A')")).isPositive();
        assertThat(count("assessment_parent where involved")).isPositive();
        assertThat(count("assessment_parent where not involved")).isPositive();

        // Strategy discussions, mostly in time; police at each, health missing from a few.
        assertThat(count("strategy_discussion where held_at <= due_by")).isPositive();
        assertThat(count("strategy_discussion where held_at > due_by")).isPositive();
        assertThat(count("strategy_discussion where assessment_id is not null and held_at is not null")).isPositive();
        String without = "strategy_discussion d where d.held_at is not null and not exists (select 1 from "
                + "strategy_attendee a where a.strategy_discussion_id = d.id and a.agency = ";
        assertThat(count(without + "'Police')")).isZero();
        assertThat(count(without + "'Health')")).isPositive().isLessThan(count("strategy_discussion") / 4);

        // s47 enquiries: about half to an initial conference, some held after the 15 working days; the rest CIN or NFA.
        assertThat(count("cp_conference where kind = 'INITIAL' and held_on <= due_on")).isPositive();
        assertThat(count("cp_conference where kind = 'INITIAL' and held_on > due_on")).isPositive();
        assertThat(count("s47_enquiry where outcome = 'CIN_PLAN'")).isPositive();
        assertThat(count("s47_enquiry where outcome = 'NFA'")).isPositive();
        double toIcpc = (double) count("s47_enquiry where outcome = 'ICPC'") / count("s47_enquiry where outcome is not null");
        assertThat(toIcpc).isBetween(0.35, 0.65);

        // Child protection plans, their review conferences, some ended; a few children on a plan a second time.
        assertThat(count("plan where kind = 'CP' and ended_on is null")).isPositive();
        assertThat(count("cp_conference where kind = 'REVIEW' and decision = 'END_PLAN'")).isPositive();
        assertThat(count("cp_conference where kind = 'REVIEW' and decision = 'CONTINUE_PLAN'")).isPositive();
        assertThat(count("plan p where p.kind = 'CP' and exists (select 1 from plan q where q.person_id = p.person_id "
                + "and q.kind = 'CP' and q.ended_on < p.started_on)")).isPositive();

        // Child in need plans with visits (the child often seen alone) and reviews; some ended.
        assertThat(count("plan where kind = 'CIN' and ended_on is not null")).isPositive();
        assertThat(count("plan_visit v join plan p on p.id = v.plan_id where p.kind = 'CIN' and v.seen_alone"))
                .isPositive();
        assertThat(count("plan_visit where not seen")).isPositive();
        assertThat(count("plan_review")).isPositive();

        // Early help: from the door and stepped down from assessments; needs met, stepped up, still open.
        assertThat(count("early_help_episode where transfer_id is not null")).isPositive();
        assertThat(count("early_help_episode where stepped_down_from is not null")).isPositive();
        assertThat(count("early_help_episode where outcome = 'NEEDS_MET'")).isPositive();
        assertThat(count("early_help_episode where outcome = 'STEPPED_UP'")).isPositive();
        assertThat(count("early_help_episode where ended_on is null")).isPositive();
        assertThat(count("early_help_episode e where not exists (select 1 from early_help_member m "
                + "where m.episode_id = e.id and m.person_id = e.person_id)")).isZero();
        assertThat(count("early_help_member m join early_help_episode e on e.id = m.episode_id "
                + "where m.person_id <> e.person_id")).isPositive();
        assertThat(count("early_help_review")).isPositive();

        // Closures with each of the codes the journeys lead to, signed off by the assessment team manager.
        for (String code : List.of("RC7", "RC8", "RC9")) {
            assertThat(count("closure where reason_code = '" + code + "' and signed_off_by = 'tm.osei'")).as(code)
                    .isPositive();
        }

        // Signs of Safety: children on plans mapped at two or three meetings, each scaled by worker, parent, partner.
        assertThat(count("(select person_id from sos_mapping group by person_id having count(*) >= 2) m")).isPositive();
        assertThat(count("sos_mapping m where m.plan_id is null or (select count(distinct given_by) from sos_scale s "
                + "where s.mapping_id = m.id) < 3")).isZero();

        assertThat(violations()).isEmpty();
        assertThat(dueDatesFromTheWorkingCalendar()).isEmpty();

        // The same options give the same casework, ids included.
        String before = fingerprint();
        demo.load(OPTIONS, true);
        assertThat(fingerprint()).isEqualTo(before);
    }

    /** Queries counting rows that break a rule of the journey; each must find none. */
    private List<String> violations() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("ICPC before its strategy discussion", """
                cp_conference c join s47_enquiry s on s.id = c.s47_enquiry_id
                join strategy_discussion d on d.id = s.strategy_discussion_id
                where d.held_at is null or c.held_on < (d.held_at at time zone 'Europe/London')::date""");
        rules.put("s47 without a discussion that decided on it", """
                s47_enquiry s join strategy_discussion d on d.id = s.strategy_discussion_id
                where d.outcome not in ('S47_JOINT', 'S47_SINGLE_AGENCY') or d.person_id <> s.person_id
                   or s.started_on <> (d.held_at at time zone 'Europe/London')::date""");
        rules.put("completed before started", """
                (select started_on, completed_on as done from assessment union all
                 select started_on, completed_on from s47_enquiry union all select started_on, ended_on from plan
                 union all select started_on, ended_on from early_help_episode) x where done < started_on""");
        rules.put("authorised before completed or by the worker", """
                assessment where authorised_at is not null
                and ((authorised_at at time zone 'Europe/London')::date <= completed_on or authorised_by = social_worker)""");
        rules.put("CP plan without its conference", """
                plan p where p.kind = 'CP' and not exists (select 1 from cp_conference c where c.id = p.conference_id
                and c.kind = 'INITIAL' and c.decision = 'CP_PLAN' and c.category = p.category
                and c.person_id = p.person_id and c.held_on = p.started_on)""");
        rules.put("two CP plans at once", """
                plan p join plan q on q.person_id = p.person_id and q.id > p.id and q.kind = 'CP'
                where p.kind = 'CP' and coalesce(p.ended_on, 'infinity') >= q.started_on
                  and coalesce(q.ended_on, 'infinity') >= p.started_on""");
        rules.put("review conference outside its plan", """
                cp_conference c join plan p on p.id = c.plan_id
                where c.held_on <= p.started_on or c.held_on > coalesce(p.ended_on, 'infinity')
                   or (c.decision = 'END_PLAN') <> (c.held_on = p.ended_on)""");
        rules.put("visit or review outside its plan", """
                (select plan_id, visited_on as d from plan_visit union all select plan_id, held_on from plan_review) x
                join plan p on p.id = x.plan_id where x.d < p.started_on or x.d > coalesce(p.ended_on, 'infinity')""");
        rules.put("stepped up to a contact not of the child, or before the episode", """
                early_help_episode e join contact c on c.id = e.stepped_up_contact
                where (c.received_at at time zone 'Europe/London')::date > e.ended_on
                   or c.received_at < e.created_at - interval '1 day'
                   or not exists (select 1 from contact_subject s where s.contact_id = c.id
                                  and s.person_id = e.person_id and s.role = 'CHILD')""");
        rules.put("RC8 without an assessment ending NFA, or with s47 or a plan", """
                closure c where c.reason_code = 'RC8' and (not exists (select 1 from assessment a
                    where a.referral_id = c.referral_id and a.outcome = 'NFA' and a.authorised_by is not null)
                 or exists (select 1 from strategy_discussion d join s47_enquiry s on s.strategy_discussion_id = d.id
                            where d.referral_id = c.referral_id)
                 or exists (select 1 from plan p join assessment a on a.id = p.assessment_id
                            where a.referral_id = c.referral_id))""");
        rules.put("RC9 without early help", """
                closure c where c.reason_code = 'RC9' and not exists (select 1 from early_help_episode e
                join assessment a on a.id = e.stepped_down_from where a.referral_id = c.referral_id
                and a.outcome = 'EARLY_HELP' and e.started_on <= c.closed_on)""");
        rules.put("RC7 with a plan still open", """
                closure c join (select a.referral_id, p.ended_on from plan p join assessment a on a.id = p.assessment_id
                                union all
                                select d.referral_id, p.ended_on from plan p join s47_enquiry s on s.id = p.s47_enquiry_id
                                join strategy_discussion d on d.id = s.strategy_discussion_id) p
                  on p.referral_id = c.referral_id
                where c.reason_code <> 'RC7' or p.ended_on is null or p.ended_on > c.closed_on""");
        rules.put("closure signed off by the requester or not by the manager", """
                closure where signed_off_by is not null and (signed_off_by <> 'tm.osei' or signed_off_at < requested_at)""");
        rules.put("a child's second journey started while the first was open", """
                assessment a join assessment b on b.person_id = a.person_id and b.started_on > a.started_on
                where a.completed_on is null or (a.completed_on >= b.started_on
                   and not exists (select 1 from closure c where c.referral_id = a.referral_id))""");
        rules.put("dates on or after the period's end", """
                (select completed_on as d from assessment union all select child_seen_on from assessment
                 union all select held_at::date from strategy_discussion union all select completed_on from s47_enquiry
                 union all select held_on from cp_conference union all select started_on from plan
                 union all select ended_on from plan union all select visited_on from plan_visit
                 union all select held_on from plan_review union all select meeting_on from sos_mapping
                 union all select started_on from early_help_episode union all select ended_on from early_help_episode
                 union all select held_on from early_help_review union all select closed_on from closure) x
                where d >= date '2026-11-23'""");
        rules.put("times on or after the period's end", """
                (select authorised_at as t from assessment union all select held_at from strategy_discussion
                 union all select requested_at from strategy_discussion union all select signed_off_at from closure
                 union all select created_at from plan union all select created_at from early_help_episode) x
                where t >= %s""".formatted(END));
        List<String> broken = new ArrayList<>();
        rules.forEach((rule, from) -> {
            long count = count(from);
            if (count > 0) {
                broken.add(rule + ": " + count);
            }
        });
        broken.addAll(constraints());
        return broken;
    }

    /** The load skips foreign key triggers: check the casework tables' keys and checks by the catalogue. */
    private List<String> constraints() {
        List<String> broken = new ArrayList<>();
        List<Map<String, Object>> constraints = jdbc.sql("""
                select c.conname, c.contype, c.conrelid::regclass::text as tab, c.confrelid::regclass::text as ref,
                       pg_get_constraintdef(c.oid) as def,
                       (select string_agg(quote_ident(a.attname), ',' order by k.n) from unnest(c.conkey)
                               with ordinality k(attnum, n) join pg_attribute a
                               on a.attrelid = c.conrelid and a.attnum = k.attnum) as cols,
                       (select string_agg(quote_ident(a.attname), ',' order by k.n) from unnest(c.confkey)
                               with ordinality k(attnum, n) join pg_attribute a
                               on a.attrelid = c.confrelid and a.attnum = k.attnum) as refcols
                  from pg_constraint c
                 where c.conrelid::regclass::text = any(:tables) and c.contype in ('f', 'c')""")
                .param("tables", CASEWORK.toArray(String[]::new)).query().listOfRows();
        for (Map<String, Object> c : constraints) {
            String where = "f".equals(String.valueOf(c.get("contype")))
                    ? "(" + c.get("cols") + ") is not null and (" + c.get("cols") + ") not in (select "
                            + c.get("refcols") + " from " + c.get("ref") + ")"
                    : "not coalesce(" + ((String) c.get("def")).replaceFirst("^CHECK ", "") + ", true)";
            long count = count(c.get("tab") + " where " + where);
            if (count > 0) {
                broken.add(c.get("conname") + ": " + count);
            }
        }
        assertThat(constraints).hasSizeGreaterThan(30);
        return broken;
    }

    /** Assessment, strategy discussion and ICPC due dates as the working-day calendar reckons them. */
    private List<String> dueDatesFromTheWorkingCalendar() {
        WorkingCalendar calendar = WorkingCalendar.englandAndWales();
        ZoneId zone = DemoOptions.ZONE;
        List<String> wrong = new ArrayList<>();
        jdbc.sql("select id, started_on, due_on from assessment").query((rs, n) -> {
            if (!calendar.addWorkingDays(rs.getDate(2).toLocalDate(), 45).equals(rs.getDate(3).toLocalDate())) {
                wrong.add("assessment " + rs.getLong(1));
            }
            return null;
        }).list();
        jdbc.sql("select s.id, d.held_at, s.icpc_due_on from s47_enquiry s "
                + "join strategy_discussion d on d.id = s.strategy_discussion_id").query((rs, n) -> {
            LocalDate held = rs.getTimestamp(2).toInstant().atZone(zone).toLocalDate();
            if (!calendar.addWorkingDays(held, 15).equals(rs.getDate(3).toLocalDate())) {
                wrong.add("s47 " + rs.getLong(1));
            }
            return null;
        }).list();
        jdbc.sql("select id, requested_at, due_by from strategy_discussion").query((rs, n) -> {
            Timestamp requested = rs.getTimestamp(2);
            if (!calendar.dueInWorkingDays(requested.toInstant().atZone(zone), 1).toInstant()
                    .equals(rs.getTimestamp(3).toInstant())) {
                wrong.add("strategy discussion " + rs.getLong(1));
            }
            return null;
        }).list();
        return wrong;
    }

    private String fingerprint() {
        StringBuilder all = new StringBuilder();
        for (String table : CASEWORK) {
            all.append(jdbc.sql("select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from " + table
                    + " t").query(String.class).single());
        }
        return all.toString();
    }

    private long count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Long.class).single();
    }
}
