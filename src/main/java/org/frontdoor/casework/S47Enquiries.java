package org.frontdoor.casework;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.frontdoor.access.AccessLog;
import org.frontdoor.calendar.WorkingCalendar;
import org.frontdoor.intake.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Section 47 enquiries: each starts at the strategy discussion that decided on it, with the initial child protection
 * conference due 15 working days from that discussion. Every change is guarded by the version the user loaded.
 */
@Service
public class S47Enquiries {

    public record Enquiry(long id, long personId, String childName, LocalDate dateOfBirth, long strategyDiscussionId,
                          boolean jointWithPolice, LocalDate startedOn, LocalDate icpcDueOn,
                          Boolean concernsSubstantiated, String outcome, LocalDate completedOn, String socialWorker,
                          String socialWorkerName, Long conferenceId, LocalDate conferenceHeldOn, int version) {
        public boolean completed() {
            return completedOn != null;
        }

        /** The enquiry said a conference is needed and none has been recorded yet. */
        public boolean awaitingConference() {
            return "ICPC".equals(outcome) && conferenceId == null;
        }

        public String outcomeLabel() {
            return outcome == null ? "" : switch (outcome) {
                case "ICPC" -> "Initial child protection conference";
                case "CIN_PLAN" -> "Child in need plan";
                default -> "No further action";
            };
        }
    }

    private static final String SELECT = """
            select e.id, e.person_id, p.first_name || ' ' || p.last_name as child_name, p.date_of_birth,
                   e.strategy_discussion_id, e.joint_with_police, e.started_on, e.icpc_due_on,
                   e.concerns_substantiated, e.outcome, e.completed_on, e.social_worker,
                   coalesce(u.display_name, e.social_worker) as social_worker_name,
                   c.id as conference_id, c.held_on as conference_held_on, e.version
              from s47_enquiry e join person p on p.id = e.person_id
              left join app_user u on u.username = e.social_worker
              left join cp_conference c on c.s47_enquiry_id = e.id and c.kind = 'INITIAL'
            """;

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final Conferences conferences;
    private final Plans plans;
    private final AccessLog accessLog;
    private final LastChanges lastChanges;
    private final Clock clock;
    private final ZoneId zone;

    S47Enquiries(JdbcClient jdbc, WorkingCalendar calendar, Conferences conferences, Plans plans, AccessLog accessLog,
                 LastChanges lastChanges, Clock clock, ZoneId zone) {
        this.jdbc = jdbc;
        this.lastChanges = lastChanges;
        this.calendar = calendar;
        this.conferences = conferences;
        this.plans = plans;
        this.accessLog = accessLog;
        this.clock = clock;
        this.zone = zone;
    }

    /** Starts the enquiry the strategy discussion held on {@code on} decided on; the social worker is its recorder. */
    long start(long personId, long strategyId, boolean joint, LocalDate on, String by) {
        long id = jdbc.sql("""
                        insert into s47_enquiry (person_id, strategy_discussion_id, joint_with_police, started_on,
                                                 icpc_due_on, social_worker, created_by)
                        values (:p, :s, :joint, :on, :due, :by, :by) returning id""")
                .param("p", personId).param("s", strategyId).param("joint", joint).param("on", Date.valueOf(on))
                .param("due", Date.valueOf(ConferenceClocks.icpcDue(on, calendar))).param("by", by)
                .query(Long.class).single();
        accessLog.record(AccessLog.Action.CHANGE, "Started section 47 enquiry " + id + " from strategy discussion "
                + strategyId, personId);
        return id;
    }

    public Optional<Enquiry> find(long id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(Enquiry.class).optional();
    }

    public Optional<Enquiry> forStrategy(long strategyId) {
        return jdbc.sql(SELECT + " where e.strategy_discussion_id = :s").param("s", strategyId)
                .query(Enquiry.class).optional();
    }

    /** Enquiries still open, or waiting for their conference, the earliest ICPC due first. */
    public List<Enquiry> open() {
        return jdbc.sql(SELECT + " where c.id is null and (e.completed_on is null or e.outcome = 'ICPC')"
                + " order by e.icpc_due_on, e.id").query(Enquiry.class).list();
    }

    /** The enquiry's outcome; a CIN plan outcome starts the plan from the completion date. */
    @Transactional
    public PlanResult recordOutcome(long id, S47Form form, String by) {
        Enquiry e = find(id).orElseThrow();
        if (e.completed() || form.getVersion() == null || form.getVersion() != e.version()) {
            return conflict(id, true);
        }
        List<FieldProblem> problems = PlanRules.s47Outcome(form, e.startedOn(), LocalDate.now(clock.withZone(zone)));
        if (!problems.isEmpty()) {
            return new PlanResult.Refused(problems);
        }
        LocalDate completed = PlanRules.on(form.getCompletedDay(), form.getCompletedMonth(), form.getCompletedYear());
        boolean updated = jdbc.sql("""
                        update s47_enquiry set concerns_substantiated = :sub, outcome = :outcome, completed_on = :on,
                               updated_by = :by, updated_at = now(), version = version + 1
                         where id = :id and version = :version and completed_on is null""")
                .param("by", by).param("sub", "yes".equals(form.getSubstantiated())).param("outcome", form.getOutcome())
                .param("on", Date.valueOf(completed)).param("id", id).param("version", form.getVersion())
                .update() == 1;
        if (!updated) {
            return conflict(id, true);
        }
        accessLog.record(AccessLog.Action.CHANGE, "Recorded outcome of section 47 enquiry " + id + " ("
                + form.getOutcome() + ")", e.personId());
        if ("CIN_PLAN".equals(form.getOutcome())) {
            plans.startCinPlan(e.personId(), null, id, completed, e.socialWorker());
        }
        return new PlanResult.Done(id);
    }

    /**
     * The initial child protection conference. A CP plan decision starts the CP plan from the conference day; a CIN
     * plan decision starts a CIN plan.
     */
    @Transactional
    public PlanResult recordInitialConference(long id, ConferenceForm form, String by) {
        Enquiry e = find(id).orElseThrow();
        if (!e.awaitingConference() || form.getVersion() == null || form.getVersion() != e.version()) {
            return conflict(id, false);
        }
        List<FieldProblem> problems = PlanRules.initialConference(form, e.startedOn(),
                LocalDate.now(clock.withZone(zone)));
        if (!problems.isEmpty()) {
            return new PlanResult.Refused(problems);
        }
        // Claim the enquiry first, so two people recording the same conference make one.
        if (jdbc.sql("""
                        update s47_enquiry set updated_by = :by, updated_at = now(), version = version + 1
                         where id = :id and version = :v""")
                .param("by", by).param("id", id).param("v", form.getVersion()).update() != 1) {
            return conflict(id, false);
        }
        LocalDate held = PlanRules.on(form.getHeldDay(), form.getHeldMonth(), form.getHeldYear());
        long conference = conferences.insertInitial(e.personId(), id, e.icpcDueOn(), held, form, by);
        accessLog.record(AccessLog.Action.CHANGE, "Recorded initial child protection conference " + conference
                + " (" + form.getDecision() + ")", e.personId());
        if ("CP_PLAN".equals(form.getDecision())) {
            plans.startCpPlan(e.personId(), conference, id, held, form.getCategory(), e.socialWorker(), by);
        } else if ("CIN_PLAN".equals(form.getDecision())) {
            plans.startCinPlan(e.personId(), null, id, held, e.socialWorker());
        }
        return new PlanResult.Done(conference);
    }

    /** Nothing saved: who recorded the outcome or the conference since the form was loaded, and when. */
    private PlanResult conflict(long id, boolean outcome) {
        Enquiry now = find(id).orElseThrow();
        if (now.conferenceId() != null) {
            return new PlanResult.Conflict(lastChanges.recorded(LastChanges.Record.S47, id,
                    "recorded the initial child protection conference", "it cannot be recorded again"));
        }
        if (outcome && now.completed()) {
            return new PlanResult.Conflict(lastChanges.recorded(LastChanges.Record.S47, id,
                    "recorded the outcome of this enquiry", "it cannot be recorded again"));
        }
        return new PlanResult.Conflict(lastChanges.changed(LastChanges.Record.S47, id, "this enquiry"));
    }
}
