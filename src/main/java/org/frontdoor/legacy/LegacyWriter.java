package org.frontdoor.legacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.frontdoor.calendar.WorkingCalendar;
import org.frontdoor.people.PersonCandidate;
import org.frontdoor.people.PersonSearch;
import org.frontdoor.people.StrongMatches;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The import's writes: each created row together with its {@code legacy_record}, in the caller's batch
 * transaction, and the run's own bookkeeping.
 */
@Component
class LegacyWriter {

    /** A match at least this strong is proposed as the same person: name and date of birth, or an NHS number. */
    static final int PROPOSE_SCORE = StrongMatches.STRONG;
    /** How many existing records one imported person is proposed against. */
    private static final int PROPOSALS = 3;

    private final JdbcClient jdbc;
    /** For JDBC batches: one round trip for a whole table's rows of a batch. */
    private final JdbcTemplate batch;
    /** Matches a batch's people together: the fuzzy search one by one was two queries and ~50 ms a person. */
    private final StrongMatches matcher;
    private final WorkingCalendar calendar;
    private volatile Boolean hasDecidedAt;

    LegacyWriter(JdbcClient jdbc, JdbcTemplate batch, StrongMatches matcher, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.matcher = matcher;
        this.calendar = calendar;
    }

    long startRun(String system, boolean dryRun, String username) {
        return jdbc.sql("""
                        insert into legacy_run (source_system, dry_run, started_by) values (:s, :dry, :by) returning id""")
                .param("s", system).param("dry", dryRun).param("by", username).query(Long.class).single();
    }

    void finishRun(long runId, String status, String problem, List<LegacyReport.Count> counts) {
        jdbc.sql("update legacy_run set status = :status, problem = :problem, finished_at = now() where id = :id")
                .param("status", status).param("problem", problem).param("id", runId).update();
        for (LegacyReport.Count c : counts) {
            jdbc.sql("""
                            insert into legacy_run_count (run_id, source_type, in_file, created, already, rejected)
                            values (:run, :type, :in, :created, :already, :rejected)""")
                    .param("run", runId).param("type", c.type().name()).param("in", c.inFile())
                    .param("created", c.created()).param("already", c.already()).param("rejected", c.rejected())
                    .update();
        }
    }

    /** The headline counts the reconciliation shows before and after: figure name to the table counted. */
    static final Map<String, String> FIGURES = new java.util.LinkedHashMap<>(Map.of());

    static {
        FIGURES.put("Contacts", "contact");
        FIGURES.put("Referrals", "referral");
        FIGURES.put("Single assessments", "assessment");
        FIGURES.put("Section 47 enquiries", "s47_enquiry");
        FIGURES.put("Child protection plans", "plan where kind = 'CP'");
        FIGURES.put("Early help episodes", "early_help_episode");
    }

    /** Records the headline figures as they are now, as the run's before or after. */
    void figures(long runId, boolean before) {
        for (Map.Entry<String, String> f : FIGURES.entrySet()) {
            long n = jdbc.sql("select count(*) from " + f.getValue()).query(Long.class).single();
            jdbc.sql(before ? "insert into legacy_run_figure (run_id, figure, before) values (:run, :f, :n)"
                            : "update legacy_run_figure set after = :n where run_id = :run and figure = :f")
                    .param("run", runId).param("f", f.getKey()).param("n", n).update();
        }
    }

    void rejection(long runId, LegacyType type, int line, String sourceId, String reason) {
        jdbc.sql("""
                        insert into legacy_rejection (run_id, source_type, line, source_id, reason)
                        values (:run, :type, :line, :id, :reason)""")
                .param("run", runId).param("type", type.name()).param("line", line).param("id", sourceId)
                .param("reason", reason).update();
    }

    /** Of {@code sourceIds}, those already imported from {@code system}, with our ids. */
    Map<String, Long> imported(String system, LegacyType type, Collection<String> sourceIds) {
        Map<String, Long> found = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select source_id, target_id from legacy_record
                         where source_system = :s and source_type = :t and source_id in (:ids)""")
                .param("s", system).param("t", type.name()).param("ids", List.copyOf(sourceIds))
                .query((rs, n) -> found.put(rs.getString(1), rs.getLong(2))).list();
        return found;
    }

    /** For each imported person, the best record already in the index if strong enough to propose, else null. */
    List<LegacyReport.Match> bestMatches(List<LegacyFields.PersonValues> people) {
        List<List<PersonCandidate>> found = proposals(people);
        List<LegacyReport.Match> best = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            best.add(found.get(i).isEmpty() ? null : match(people.get(i), found.get(i).get(0)));
        }
        return best;
    }

    /** A record ready to create: its row, values and our ids for the records it names (see {@code refs()}). */
    record Pending(LegacyRow row, LegacyFields.Values values, Long[] targets) {
        long target(int i) {
            return targets[i];
        }

        Long optionalTarget(int i) {
            return targets[i];
        }
    }

    /** What writing a batch found: rows the database's rules refused, with why; people who match someone. */
    record Written(Map<Pending, String> rejected, List<LegacyReport.Match> matches) {
    }

    /**
     * Creates a batch of one kind of record with a handful of statements whatever its size: ids taken from the
     * sequence in one query, each table written by one JDBC batch, each row's {@code legacy_record} with it.
     */
    Written write(long runId, LegacyMapping mapping, LegacyType type, List<Pending> pending, ZoneId zone) {
        Written written = new Written(new LinkedHashMap<>(), new ArrayList<>());
        if (pending.isEmpty()) {
            return written;
        }
        String by = importer(mapping.system());
        List<Pending> rows = new ArrayList<>(pending);
        Map<Pending, String> notes = new HashMap<>();
        long[] ids = switch (type) {
            case PERSON -> people(rows, by, written, notes);
            case RELATIONSHIP -> relationships(rows, by);
            case CONTACT -> contacts(rows, mapping, by, zone);
            case REFERRAL -> referrals(rows, by, zone);
            case ASSESSMENT -> assessments(rows, mapping, by, zone, written);
            case S47 -> s47s(rows, mapping, by, zone);
            case PLAN -> plans(rows, mapping, by, written);
            case EARLY_HELP -> earlyHelp(rows, by);
        };
        List<Object[]> records = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Pending p = rows.get(i);
            records.add(new Object[] {mapping.system(), type.name(), p.values().id(), ids[i], runId, notes.get(p)});
        }
        batch.batchUpdate("""
                insert into legacy_record (source_system, source_type, source_id, target_id, run_id, note)
                values (?, ?, ?, ?, ?, ?)""", records);
        return written;
    }

    private long[] ids(String table, int n) {
        if (n == 0) {
            return new long[0];
        }
        return jdbc.sql("select nextval(pg_get_serial_sequence(:t, 'id')) from generate_series(1, :n)")
                .param("t", table).param("n", n).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }

    private static java.sql.Date date(LocalDate d) {
        return d == null ? null : java.sql.Date.valueOf(d);
    }

    private static Timestamp noon(LocalDate d, ZoneId zone) {
        return d == null ? null : Timestamp.from(d.atTime(12, 0).atZone(zone).toInstant());
    }

    /**
     * Adds the people. An NHS number another record already holds is left off (it is unique in the index) and the
     * two are proposed as the same person, as is anyone else who matches strongly.
     */
    private long[] people(List<Pending> rows, String by, Written written, Map<Pending, String> notes) {
        Map<String, Long> holders = new HashMap<>();
        List<String> numbers = rows.stream().map(p -> ((LegacyFields.PersonValues) p.values()).nhsNumber())
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (!numbers.isEmpty()) {
            jdbc.sql("select nhs_number, id from person where nhs_number in (:nhs)").param("nhs", numbers)
                    .query((rs, n) -> holders.put(rs.getString(1).trim(), rs.getLong(2))).list();
        }
        long[] ids = ids("person", rows.size());
        List<Object[]> args = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            LegacyFields.PersonValues p = (LegacyFields.PersonValues) rows.get(i).values();
            String nhs = p.nhsNumber();
            Long holder = nhs == null ? null : holders.putIfAbsent(nhs, ids[i]);
            if (holder != null) {
                notes.put(rows.get(i), "NHS number " + nhs + " is already on record " + holder
                        + ": imported without it");
                nhs = null;
            }
            args.add(new Object[] {ids[i], p.firstName(), p.lastName(), date(p.dateOfBirth()), p.sex(), nhs,
                    p.postcode(), by});
        }
        batch.batchUpdate("""
                insert into person (id, first_name, last_name, date_of_birth, sex, nhs_number, postcode, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", args);
        List<Object[]> proposals = new ArrayList<>();
        List<List<PersonCandidate>> found = proposals(rows.stream()
                .map(r -> (LegacyFields.PersonValues) r.values()).toList());
        for (int i = 0; i < rows.size(); i++) {
            LegacyFields.PersonValues p = (LegacyFields.PersonValues) rows.get(i).values();
            // Each is proposed as someone there before them, as if added one at a time: never as a later row.
            long self = ids[i];
            long last = ids[ids.length - 1];
            List<PersonCandidate> candidates = found.get(i).stream().filter(c -> c.personId() < self
                    || c.personId() > last).limit(PROPOSALS).toList();
            for (PersonCandidate c : candidates) {
                proposals.add(new Object[] {ids[i], c.personId(), c.score(), String.join("; ", c.reasons())});
            }
            if (!candidates.isEmpty()) {
                written.matches().add(match(p, candidates.get(0)));
            }
        }
        batch.batchUpdate("""
                insert into legacy_duplicate (person_id, candidate_id, score, reasons) values (?, ?, ?, ?)
                on conflict do nothing""", proposals);
        return ids;
    }

    /** Each person's candidates strong enough to propose, best first, as the fuzzy search would score them. */
    private List<List<PersonCandidate>> proposals(List<LegacyFields.PersonValues> people) {
        return matcher.find(people.stream().map(p -> new PersonSearch(p.firstName(), p.lastName(), p.dateOfBirth(),
                p.nhsNumber(), p.postcode())).toList());
    }

    private static LegacyReport.Match match(LegacyFields.PersonValues p, PersonCandidate c) {
        return new LegacyReport.Match(p.id(), p.firstName() + " " + p.lastName(), p.dateOfBirth(), c.personId(),
                c.fullName(), c.score(), c.reasons());
    }

    /**
     * The same relationship twice in a legacy system is one relationship here: both rows point at it. One JDBC batch
     * inserts those not there yet (the first row of a pair wins, as it would one at a time), one query reads the ids.
     */
    private long[] relationships(List<Pending> rows, String by) {
        List<Object[]> args = new ArrayList<>(rows.size());
        Long[] people = new Long[rows.size()];
        Long[] related = new Long[rows.size()];
        String[] kinds = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Pending p = rows.get(i);
            LegacyFields.RelationshipValues r = (LegacyFields.RelationshipValues) p.values();
            people[i] = p.target(0);
            related[i] = p.target(1);
            kinds[i] = r.relationship();
            args.add(new Object[] {people[i], related[i], kinds[i], r.livesWith(), by});
        }
        batch.batchUpdate("""
                insert into relationship (person_id, related_person_id, relationship, lives_with, created_by)
                values (?, ?, ?, ?, ?)
                on conflict on constraint relationship_once do nothing""", args);
        Map<List<Object>, Long> found = new HashMap<>();
        jdbc.sql("""
                        select r.id, r.person_id, r.related_person_id, r.relationship
                          from relationship r
                          join unnest(cast(:people as bigint[]), cast(:related as bigint[]), cast(:kinds as text[]))
                               as k (person_id, related_person_id, relationship)
                            on r.person_id = k.person_id and r.related_person_id = k.related_person_id
                           and r.relationship = k.relationship""")
                .param("people", people).param("related", related).param("kinds", kinds)
                .query((rs, n) -> found.put(List.of(rs.getLong(2), rs.getLong(3), rs.getString(4)), rs.getLong(1)))
                .list();
        long[] ids = new long[rows.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = found.get(List.of(people[i], related[i], kinds[i]));
        }
        return ids;
    }

    /**
     * Contacts about one child each, as the legacy system recorded them. They were decided there, so they are stamped
     * decided and never join the MASH queue; consent was not captured, and says so.
     */
    private long[] contacts(List<Pending> rows, LegacyMapping mapping, String by, ZoneId zone) {
        long[] ids = ids("contact", rows.size());
        List<Object[]> contacts = new ArrayList<>(rows.size());
        List<Object[]> subjects = new ArrayList<>(rows.size());
        boolean decided = hasDecidedAt();
        for (int i = 0; i < rows.size(); i++) {
            LegacyFields.ContactValues c = (LegacyFields.ContactValues) rows.get(i).values();
            ZonedDateTime received = c.receivedAt().atZone(zone);
            Timestamp at = Timestamp.from(received.toInstant());
            Timestamp due = Timestamp.from(calendar.dueInWorkingDays(received, 1).toInstant());
            contacts.add(new Object[] {ids[i], at, at, by, c.source(),
                    c.worries() == null ? "Not recorded in " + mapping.label() : c.worries(),
                    "Recorded in " + mapping.label() + " before it was imported"});
            subjects.add(decided ? new Object[] {ids[i], by, at, due, due, rows.get(i).target(0)}
                    : new Object[] {ids[i], by, at, due, rows.get(i).target(0)});
        }
        batch.batchUpdate("""
                insert into contact (id, received_at, recorded_at, recorded_by, source_code, worries, route, consent,
                                     consent_reason)
                values (?, ?, ?, ?, ?, ?, 'PHONE', 'NOT_SOUGHT', ?)""", contacts);
        batch.batchUpdate("""
                insert into contact_subject (contact_id, role, first_name, last_name, date_of_birth, sex, nhs_number,
                                             postcode, person_id, linked_by, linked_at, decision_due_at%s)
                select ?, 'CHILD', first_name, last_name, date_of_birth, sex, nhs_number, postcode, id, ?, ?, ?%s
                  from person where id = ?""".formatted(decided ? ", decided_at" : "", decided ? ", ?" : ""),
                subjects);
        return ids;
    }

    private long[] referrals(List<Pending> rows, String by, ZoneId zone) {
        long[] ids = ids("referral", rows.size());
        List<Object[]> args = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            LegacyFields.ReferralValues r = (LegacyFields.ReferralValues) rows.get(i).values();
            args.add(new Object[] {ids[i], rows.get(i).target(0), rows.get(i).optionalTarget(1),
                    Timestamp.from(r.referredAt().atZone(zone).toInstant()), r.source(), by});
        }
        batch.batchUpdate("""
                insert into referral (id, person_id, contact_subject_id, referred_at, source_code, created_by)
                values (?, ?, (select s.id from contact_subject s where s.contact_id = ? order by s.id limit 1),
                        ?, ?, ?)""", args);
        return ids;
    }

    /**
     * Single assessments, due 45 working days from the referral date as the service's own are, so that the figures
     * count them; one per referral, as here. Imported history may lack the manager's authorisation comment.
     */
    private long[] assessments(List<Pending> rows, LegacyMapping mapping, String by, ZoneId zone, Written written) {
        List<Long> referralIds = rows.stream().map(p -> p.target(0)).distinct().toList();
        Map<Long, Object[]> referrals = new HashMap<>();
        jdbc.sql("""
                        select r.id, r.person_id, r.referred_at,
                               exists (select 1 from assessment a where a.referral_id = r.id) as assessed
                          from referral r where r.id in (:ids)""").param("ids", referralIds)
                .query((rs, n) -> referrals.put(rs.getLong(1), new Object[] {rs.getLong(2),
                        rs.getTimestamp(3).toInstant(), rs.getBoolean(4)})).list();
        Set<Long> taken = new HashSet<>();
        for (Iterator<Pending> it = rows.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if ((Boolean) referrals.get(p.target(0))[2] || !taken.add(p.target(0))) {
                written.rejected().put(p, "referral " + ((LegacyFields.AssessmentValues) p.values()).referral()
                        + " already has a single assessment");
                it.remove();
            }
        }
        long[] ids = ids("assessment", rows.size());
        List<Object[]> args = new ArrayList<>(rows.size());
        List<Object[]> factors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            LegacyFields.AssessmentValues a = (LegacyFields.AssessmentValues) rows.get(i).values();
            Object[] r = referrals.get(rows.get(i).target(0));
            LocalDate referred = LocalDate.ofInstant((Instant) r[1], zone);
            String analysis = a.analysis() == null && a.completedOn() != null
                    ? "Not recorded in " + mapping.label() : a.analysis();
            args.add(new Object[] {ids[i], rows.get(i).target(0), r[0], date(a.startedOn()),
                    date(calendar.addWorkingDays(referred, 45)), a.worker(), noon(a.startedOn(), zone), analysis,
                    a.primaryNeed(), a.outcome(), date(a.completedOn()), a.authorisedBy(),
                    noon(a.authorisedOn(), zone), by});
            for (String code : a.factors()) {
                factors.add(new Object[] {ids[i], code});
            }
        }
        batch.batchUpdate("""
                insert into assessment (id, referral_id, person_id, started_on, due_on, social_worker, allocated_at,
                                        analysis, primary_need, outcome, completed_on, authorised_by, authorised_at,
                                        created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", args);
        batch.batchUpdate("insert into assessment_factor (assessment_id, code) values (?, ?)", factors);
        return ids;
    }

    /**
     * Section 47 enquiries, each with the strategy discussion that started it (as the schema requires), the
     * initial conference due 15 working days from that discussion.
     */
    private long[] s47s(List<Pending> rows, LegacyMapping mapping, String by, ZoneId zone) {
        long[] discussions = ids("strategy_discussion", rows.size());
        long[] ids = ids("s47_enquiry", rows.size());
        List<Object[]> sd = new ArrayList<>(rows.size());
        List<Object[]> args = new ArrayList<>(rows.size());
        String recorded = "Recorded in " + mapping.label() + " before it was imported";
        for (int i = 0; i < rows.size(); i++) {
            LegacyFields.S47Values s = (LegacyFields.S47Values) rows.get(i).values();
            Timestamp held = noon(s.strategyOn(), zone);
            sd.add(new Object[] {discussions[i], rows.get(i).target(0), rows.get(i).optionalTarget(1), held, held,
                    held, recorded, s.joint() ? "S47_JOINT" : "S47_SINGLE_AGENCY", recorded, s.worker(), by});
            args.add(new Object[] {ids[i], rows.get(i).target(0), discussions[i], s.joint(), date(s.startedOn()),
                    date(calendar.addWorkingDays(s.strategyOn(), 15)), s.substantiated(), s.outcome(),
                    date(s.completedOn()), s.worker(), by});
        }
        batch.batchUpdate("""
                insert into strategy_discussion (id, person_id, referral_id, requested_at, due_by, held_at,
                                                 information_shared, outcome, rationale, recorded_by, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", sd);
        batch.batchUpdate("""
                insert into s47_enquiry (id, person_id, strategy_discussion_id, joint_with_police, started_on,
                                         icpc_due_on, concerns_substantiated, outcome, completed_on, social_worker,
                                         created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", args);
        return ids;
    }

    /**
     * Plans. A child protection plan starts at a conference: its initial conference is made from the legacy
     * conference date, following the plan's section 47 enquiry, which must be the same child's.
     */
    private long[] plans(List<Pending> rows, LegacyMapping mapping, String by, Written written) {
        List<Long> enquiryIds = rows.stream().map(p -> p.optionalTarget(2)).filter(Objects::nonNull).distinct()
                .toList();
        Map<Long, Object[]> enquiries = new HashMap<>();
        if (!enquiryIds.isEmpty()) {
            jdbc.sql("select id, person_id, icpc_due_on from s47_enquiry where id in (:ids)").param("ids", enquiryIds)
                    .query((rs, n) -> enquiries.put(rs.getLong(1), new Object[] {rs.getLong(2),
                            rs.getObject(3, LocalDate.class)})).list();
        }
        for (Iterator<Pending> it = rows.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            Long enquiry = p.optionalTarget(2);
            if (enquiry != null && (Long) enquiries.get(enquiry)[0] != p.target(0)) {
                written.rejected().put(p, "section 47 enquiry " + ((LegacyFields.PlanValues) p.values()).s47()
                        + " is about another child");
                it.remove();
            }
        }
        long[] ids = ids("plan", rows.size());
        long[] conferenceIds = ids("cp_conference",
                (int) rows.stream().filter(p -> ((LegacyFields.PlanValues) p.values()).kind().equals("CP")).count());
        List<Object[]> conferences = new ArrayList<>();
        List<Object[]> args = new ArrayList<>(rows.size());
        String notRecorded = "Not recorded in " + mapping.label();
        int c = 0;
        for (int i = 0; i < rows.size(); i++) {
            Pending p = rows.get(i);
            LegacyFields.PlanValues plan = (LegacyFields.PlanValues) p.values();
            Long conference = null;
            if (plan.kind().equals("CP")) {
                conference = conferenceIds[c++];
                conferences.add(new Object[] {conference, p.target(0), p.target(2),
                        date((LocalDate) enquiries.get(p.target(2))[1]), date(plan.conferenceOn()), notRecorded,
                        plan.category(), notRecorded, by});
            }
            args.add(new Object[] {ids[i], p.target(0), plan.kind(), date(plan.startedOn()), plan.category(),
                    p.optionalTarget(1), p.optionalTarget(2), plan.worker(), date(plan.endedOn()), plan.endReason(),
                    conference, by});
        }
        batch.batchUpdate("""
                insert into cp_conference (id, person_id, kind, s47_enquiry_id, due_on, held_on, attendees, decision,
                                           category, chair, created_by)
                values (?, ?, 'INITIAL', ?, ?, ?, ?, 'CP_PLAN', ?, ?, ?)""", conferences);
        batch.batchUpdate("""
                insert into plan (id, person_id, kind, started_on, category, assessment_id, s47_enquiry_id,
                                  social_worker, ended_on, end_reason, conference_id, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", args);
        return ids;
    }

    /** Early help episodes, the child a member of their own episode's family. */
    private long[] earlyHelp(List<Pending> rows, String by) {
        long[] ids = ids("early_help_episode", rows.size());
        List<Object[]> args = new ArrayList<>(rows.size());
        List<Object[]> members = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            LegacyFields.EarlyHelpValues e = (LegacyFields.EarlyHelpValues) rows.get(i).values();
            args.add(new Object[] {ids[i], rows.get(i).target(0), e.lead(), date(e.startedOn()),
                    date(e.assessmentOn()), e.summary(), e.outcome(), date(e.endedOn()), rows.get(i).optionalTarget(1),
                    by});
            members.add(new Object[] {ids[i], rows.get(i).target(0)});
        }
        batch.batchUpdate("""
                insert into early_help_episode (id, person_id, lead_practitioner, started_on, assessment_on,
                                                assessment_summary, outcome, ended_on, stepped_up_contact, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", args);
        batch.batchUpdate("insert into early_help_member (episode_id, person_id) values (?, ?)", members);
        return ids;
    }

    /** Who recorded an imported row: the system it came from. */
    static String importer(String system) {
        return "import:" + system;
    }

    /** The MASH queue's decided stamp, where this database has it. */
    private boolean hasDecidedAt() {
        Boolean has = hasDecidedAt;
        if (has == null) {
            hasDecidedAt = has = jdbc.sql("""
                            select exists (select 1 from information_schema.columns
                                            where table_name = 'contact_subject' and column_name = 'decided_at')""")
                    .query(Boolean.class).single();
        }
        return has;
    }
}
