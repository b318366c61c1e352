package org.frontdoor.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontdoor.access.AccessLog;
import org.frontdoor.calendar.WorkingCalendar;
import org.frontdoor.intake.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategy discussions: requested when the MASH or an assessment finds reasonable cause to suspect significant harm,
 * due within the LA's set number of working days, and recorded once held. An s47 decision starts the enquiry.
 */
@Service
public class StrategyDiscussions {

    /** The agency name the LA's own social workers attend under; not a partner agency, so not in {@code agency}. */
    public static final String SOCIAL_CARE = "Children's social care";

    public record Discussion(long id, long personId, String childName, LocalDate dateOfBirth, Long referralId,
                             Long decisionId, Long assessmentId, Long followUpOf, Instant requestedAt, Instant dueBy,
                             Instant heldAt, String informationShared, String outcome, String rationale,
                             String recordedBy, String recordedByName, int version) {
        public boolean held() {
            return heldAt != null;
        }

        public StrategyDecision decision() {
            return StrategyDecision.parse(outcome);
        }
    }

    public record Attendee(String name, String agency, String role) {
    }

    /** A recorded discussion: what it decided, and the s47 enquiry it started, if any. */
    public record Recorded(StrategyOutcome outcome, Long s47Id) implements PlanResult {
    }

    private static final String SELECT = """
            select d.id, d.person_id, p.first_name || ' ' || p.last_name as child_name, p.date_of_birth,
                   d.referral_id, d.decision_id, d.assessment_id, d.follow_up_of, d.requested_at, d.due_by,
                   d.held_at, d.information_shared, d.outcome, d.rationale, d.recorded_by,
                   coalesce(u.display_name, d.recorded_by) as recorded_by_name, d.version
              from strategy_discussion d join person p on p.id = d.person_id
              left join app_user u on u.username = d.recorded_by
            """;

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final S47Enquiries enquiries;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ZoneId zone;
    private final int workingDays;
    private final ApplicationEventPublisher events;
    private final LastChanges lastChanges;

    StrategyDiscussions(JdbcClient jdbc, WorkingCalendar calendar, S47Enquiries enquiries, AccessLog accessLog,
                        Clock clock, ZoneId zone, ApplicationEventPublisher events, LastChanges lastChanges,
                        @Value("${frontdoor.casework.strategy-discussion-working-days:1}") int workingDays) {
        this.jdbc = jdbc;
        this.lastChanges = lastChanges;
        this.events = events;
        this.calendar = calendar;
        this.enquiries = enquiries;
        this.accessLog = accessLog;
        this.clock = clock;
        this.zone = zone;
        this.workingDays = workingDays;
    }

    /** Asks for a strategy discussion about a child, due the set number of working days after the request. */
    @Transactional
    public long request(long personId, Long referralId, Long decisionId, Long assessmentId, Instant requestedAt,
                        String by) {
        return insert(personId, referralId, decisionId, assessmentId, null, requestedAt, by);
    }

    /**
     * A follow-up strategy meeting about the same child and the same referral, on its own clock from now. It moves
     * the discussion's version on, so two people pressing the button on one page make one meeting, not two.
     */
    @Transactional
    public PlanResult followUp(Discussion of, Integer version, String by) {
        if (version == null || jdbc.sql("""
                        update strategy_discussion set updated_by = :by, updated_at = now(), version = version + 1
                         where id = :id and version = :version""")
                .param("by", by).param("id", of.id()).param("version", version).update() != 1) {
            return new PlanResult.Conflict(lastChanges.changed(LastChanges.Record.STRATEGY, of.id(),
                    "the follow-up meetings of this strategy discussion"));
        }
        return new PlanResult.Done(insert(of.personId(), of.referralId(), of.decisionId(), of.assessmentId(), of.id(),
                clock.instant(), by));
    }

    private long insert(long personId, Long referralId, Long decisionId, Long assessmentId, Long followUpOf,
                        Instant requestedAt, String by) {
        Instant due = calendar.dueInWorkingDays(requestedAt.atZone(zone), workingDays).toInstant();
        long id = jdbc.sql("""
                        insert into strategy_discussion (person_id, referral_id, decision_id, assessment_id,
                                                         follow_up_of, requested_at, due_by, created_by)
                        values (:p, :r, :d, :a, :f, :at, :due, :by) returning id""")
                .param("p", personId).param("r", referralId).param("d", decisionId).param("a", assessmentId)
                .param("f", followUpOf).param("at", Timestamp.from(requestedAt)).param("due", Timestamp.from(due))
                .param("by", by).query(Long.class).single();
        accessLog.record(AccessLog.Action.CHANGE, (followUpOf == null ? "Requested strategy discussion "
                : "Requested follow-up strategy meeting ") + id, personId);
        return id;
    }

    public Optional<Discussion> find(long id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(Discussion.class).optional();
    }

    public List<Discussion> forPerson(long personId) {
        return jdbc.sql(SELECT + " where d.person_id = :p order by d.requested_at, d.id").param("p", personId)
                .query(Discussion.class).list();
    }

    /** Discussions not yet held, the earliest due first (so the overdue lead). */
    public List<Discussion> open() {
        return jdbc.sql(SELECT + " where d.held_at is null order by d.due_by, d.id").query(Discussion.class).list();
    }

    public List<Attendee> attendees(long id) {
        return jdbc.sql("select name, agency, role from strategy_attendee where strategy_discussion_id = :d order by id")
                .param("d", id).query(Attendee.class).list();
    }

    /** The agencies an attendee can come from: the LA's own social care, then the partner agencies. */
    public List<String> agencies() {
        List<String> names = new ArrayList<>(List.of(SOCIAL_CARE));
        names.addAll(jdbc.sql("select name from agency where active order by name").query(String.class).list());
        return names;
    }

    /** "police", "health": the statutory partners these attendees leave out. */
    public List<String> missingPartners(List<String> agencies) {
        return StrategyRules.missingPartners(agencies, agencyName("POLICE", "Police"), agencyName("HEALTH", "Health"));
    }

    private String agencyName(String code, String fallback) {
        return jdbc.sql("select name from agency where code = :c").param("c", code).query(String.class).optional()
                .orElse(fallback);
    }

    /** Records the discussion as held; an s47 decision starts the enquiry in the same transaction. */
    @Transactional
    public PlanResult record(long id, StrategyForm form, String by) {
        Discussion d = find(id).orElseThrow();
        if (d.held() || form.getVersion() == null || form.getVersion() != d.version()) {
            return conflict(id);
        }
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>(StrategyRules.check(form, d.requestedAt(), now, zone));
        List<String> allowed = agencies();
        for (int i = 0; i < form.getAttendees().size(); i++) {
            String agency = form.getAttendees().get(i).getAgency();
            if (!agency.isEmpty() && !allowed.contains(agency)) {
                problems.add(new FieldProblem("attendees[" + i + "].agency", "Select the agency from the list"));
            }
        }
        if (!problems.isEmpty()) {
            return new PlanResult.Refused(problems);
        }
        Instant held = StrategyRules.heldAt(form, zone);
        StrategyDecision decision = StrategyDecision.parse(form.getOutcome());
        boolean updated = jdbc.sql("""
                        update strategy_discussion set held_at = :held, information_shared = :info, outcome = :outcome,
                               rationale = :rationale, recorded_by = :by, updated_by = :by, updated_at = now(),
                               version = version + 1
                         where id = :id and version = :version and held_at is null""")
                .param("held", Timestamp.from(held)).param("info", form.getInformationShared())
                .param("outcome", decision.name()).param("rationale", form.getRationale()).param("by", by)
                .param("id", id).param("version", form.getVersion()).update() == 1;
        if (!updated) {
            return conflict(id);
        }
        for (StrategyForm.Attendee a : form.present()) {
            jdbc.sql("""
                            insert into strategy_attendee (strategy_discussion_id, name, agency, role)
                            values (:d, :name, :agency, :role)""")
                    .param("d", id).param("name", a.getName()).param("agency", a.getAgency())
                    .param("role", a.getRole().isEmpty() ? null : a.getRole()).update();
        }
        accessLog.record(AccessLog.Action.CHANGE, "Recorded strategy discussion " + id + " (" + decision.label() + ")",
                d.personId());
        Long s47 = null;
        if (decision.startsS47()) {
            s47 = enquiries.start(d.personId(), id, decision == StrategyDecision.S47_JOINT,
                    LocalDate.ofInstant(held, zone), by);
        }
        StrategyOutcome outcome = new StrategyOutcome(id, d.personId(), d.referralId(), decision);
        events.publishEvent(outcome); // an s17 decision starts the assessment with it
        return new Recorded(outcome, s47);
    }

    /** Nothing saved: who recorded the discussion (or changed it) since the form was loaded, and when. */
    private PlanResult conflict(long id) {
        return new PlanResult.Conflict(find(id).orElseThrow().held()
                ? lastChanges.recorded(LastChanges.Record.STRATEGY, id, "recorded this strategy discussion",
                        "it cannot be recorded again")
                : lastChanges.changed(LastChanges.Record.STRATEGY, id, "this strategy discussion"));
    }
}
