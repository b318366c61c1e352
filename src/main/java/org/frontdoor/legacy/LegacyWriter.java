package org.frontdoor.legacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontdoor.calendar.WorkingCalendar;
import org.frontdoor.people.PersonCandidate;
import org.frontdoor.people.PersonMatcher;
import org.frontdoor.people.PersonSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The import's writes: each created row together with its {@code legacy_record}, in the caller's batch
 * transaction, and the run's own bookkeeping.
 */
@Component
class LegacyWriter {

    /** A match at least this strong is proposed as the same person: name and date of birth, or an NHS number. */
    static final int PROPOSE_SCORE = 70;
    /** How many existing records one imported person is proposed against. */
    private static final int PROPOSALS = 3;

    private final JdbcClient jdbc;
    private final PersonMatcher matcher;
    private final WorkingCalendar calendar;
    private volatile Boolean hasDecidedAt;

    LegacyWriter(JdbcClient jdbc, PersonMatcher matcher, WorkingCalendar calendar) {
        this.jdbc = jdbc;
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

    /** The best record already in the index for an imported person, if strong enough to propose. */
    LegacyReport.Match bestMatch(LegacyFields.PersonValues p) {
        return proposals(p, -1).stream().findFirst().map(c -> match(p, c)).orElse(null);
    }

    /**
     * Adds the person. An NHS number another record already holds is left off (it is unique in the index) and the
     * two are proposed as the same person, as is anyone else who matches strongly.
     */
    LegacyReport.Match person(long runId, String system, LegacyFields.PersonValues p) {
        Long holder = p.nhsNumber() == null ? null : jdbc.sql("select id from person where nhs_number = :nhs")
                .param("nhs", p.nhsNumber()).query(Long.class).optional().orElse(null);
        long id = jdbc.sql("""
                        insert into person (first_name, last_name, date_of_birth, sex, nhs_number, postcode, created_by)
                        values (:first, :last, :dob, :sex, :nhs, :postcode, :by) returning id""")
                .param("first", p.firstName()).param("last", p.lastName()).param("dob", p.dateOfBirth())
                .param("sex", p.sex()).param("nhs", holder == null ? p.nhsNumber() : null)
                .param("postcode", p.postcode()).param("by", importer(system))
                .query(Long.class).single();
        record(system, LegacyType.PERSON, p.id(), id, runId, holder == null ? null
                : "NHS number " + p.nhsNumber() + " is already on record " + holder + ": imported without it");
        List<PersonCandidate> candidates = proposals(p, id);
        for (PersonCandidate c : candidates) {
            jdbc.sql("""
                            insert into legacy_duplicate (person_id, candidate_id, score, reasons)
                            values (:person, :candidate, :score, :reasons) on conflict do nothing""")
                    .param("person", id).param("candidate", c.personId()).param("score", c.score())
                    .param("reasons", String.join("; ", c.reasons())).update();
        }
        return candidates.isEmpty() ? null : match(p, candidates.get(0));
    }

    private List<PersonCandidate> proposals(LegacyFields.PersonValues p, long self) {
        return matcher.candidates(new PersonSearch(p.firstName(), p.lastName(), p.dateOfBirth(), p.nhsNumber(),
                        p.postcode())).stream()
                .filter(c -> c.personId() != self && c.score() >= PROPOSE_SCORE).limit(PROPOSALS).toList();
    }

    private static LegacyReport.Match match(LegacyFields.PersonValues p, PersonCandidate c) {
        return new LegacyReport.Match(p.id(), p.firstName() + " " + p.lastName(), p.dateOfBirth(), c.personId(),
                c.fullName(), c.score(), c.reasons());
    }

    void relationship(long runId, String system, LegacyFields.RelationshipValues r, long person, long related) {
        // The same relationship twice in a legacy system is one relationship here: both rows point at it.
        long id = jdbc.sql("""
                        insert into relationship (person_id, related_person_id, relationship, lives_with, created_by)
                        values (:person, :related, :rel, :lives, :by)
                        on conflict on constraint relationship_once do update set lives_with = relationship.lives_with
                        returning id""")
                .param("person", person).param("related", related).param("rel", r.relationship())
                .param("lives", r.livesWith()).param("by", importer(system)).query(Long.class).single();
        record(system, LegacyType.RELATIONSHIP, r.id(), id, runId, null);
    }

    /**
     * A contact about one child, as the legacy system recorded it. It was decided there, so it is stamped decided
     * and never joins the MASH queue; consent was not captured, and says so.
     */
    void contact(long runId, LegacyMapping mapping, LegacyFields.ContactValues c, long person, ZoneId zone) {
        ZonedDateTime received = c.receivedAt().atZone(zone);
        Instant due = calendar.dueInWorkingDays(received, 1).toInstant();
        String by = importer(mapping.system());
        long id = jdbc.sql("""
                        insert into contact (received_at, recorded_at, recorded_by, source_code, worries, route, consent,
                                             consent_reason)
                        values (:at, :at, :by, :source, :worries, 'PHONE', 'NOT_SOUGHT', :reason) returning id""")
                .param("at", Timestamp.from(received.toInstant())).param("by", by).param("source", c.source())
                .param("worries", c.worries() == null ? "Not recorded in " + mapping.label() : c.worries())
                .param("reason", "Recorded in " + mapping.label() + " before it was imported")
                .query(Long.class).single();
        jdbc.sql("""
                        insert into contact_subject (contact_id, role, first_name, last_name, date_of_birth, sex,
                                                     nhs_number, postcode, person_id, linked_by, linked_at,
                                                     decision_due_at)
                        select :contact, 'CHILD', first_name, last_name, date_of_birth, sex, nhs_number, postcode, id,
                               :by, :at, :due
                          from person where id = :person""")
                .param("contact", id).param("by", by).param("at", Timestamp.from(received.toInstant()))
                .param("due", Timestamp.from(due)).param("person", person).update();
        if (hasDecidedAt()) {
            jdbc.sql("update contact_subject set decided_at = decision_due_at where contact_id = :c")
                    .param("c", id).update();
        }
        record(mapping.system(), LegacyType.CONTACT, c.id(), id, runId, null);
    }

    void referral(long runId, String system, LegacyFields.ReferralValues r, long person, Long contact, ZoneId zone) {
        long id = jdbc.sql("""
                        insert into referral (person_id, contact_subject_id, referred_at, source_code, created_by)
                        values (:person, (select s.id from contact_subject s
                                           where s.contact_id = :contact order by s.id limit 1),
                                :at, :source, :by)
                        returning id""")
                .param("person", person).param("contact", contact)
                .param("at", Timestamp.from(r.referredAt().atZone(zone).toInstant())).param("source", r.source())
                .param("by", importer(system)).query(Long.class).single();
        record(system, LegacyType.REFERRAL, r.id(), id, runId, null);
    }

    private void record(String system, LegacyType type, String sourceId, long targetId, long runId, String note) {
        jdbc.sql("""
                        insert into legacy_record (source_system, source_type, source_id, target_id, run_id, note)
                        values (:s, :t, :id, :target, :run, :note)""")
                .param("s", system).param("t", type.name()).param("id", sourceId).param("target", targetId)
                .param("run", runId).param("note", note).update();
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
