package org.frontdoor.casework;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.frontdoor.access.AccessLog;
import org.frontdoor.calendar.ClockStatus;
import org.frontdoor.intake.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Child in need and child protection plans, their reviews and visits. A CP plan starts only at a conference (the
 * database refuses one without); a CIN plan starts from an assessment, an s47 enquiry or a conference.
 */
@Service
public class Plans {

    public record Plan(long id, long personId, String childName, LocalDate dateOfBirth, String kind,
                       LocalDate startedOn, String category, Long assessmentId, Long s47EnquiryId, Long conferenceId,
                       String socialWorker, String socialWorkerName, LocalDate endedOn, String endReason,
                       LocalDate lastReview, int version) {
        public boolean cp() {
            return "CP".equals(kind);
        }

        public boolean ended() {
            return endedOn != null;
        }

        public String kindLabel() {
            return cp() ? "Child protection plan" : "Child in need plan";
        }

        public String categoryLabel() {
            return PlanRules.categoryLabel(category);
        }

        /** The next review conference (CP) or review (CIN); null once the plan has ended. */
        public LocalDate nextReviewDue() {
            if (ended()) {
                return null;
            }
            return cp() ? ConferenceClocks.reviewConferenceDue(startedOn, lastReview)
                    : ConferenceClocks.cinReviewDue(startedOn, lastReview);
        }
    }

    public record Review(LocalDate heldOn, String note, String createdBy) {
    }

    public record Visit(LocalDate visitedOn, boolean seen, boolean seenAlone, String note, String createdBy) {
    }

    private static final String SELECT = """
            select l.id, l.person_id, p.first_name || ' ' || p.last_name as child_name, p.date_of_birth, l.kind,
                   l.started_on, l.category, l.assessment_id, l.s47_enquiry_id, l.conference_id, l.social_worker,
                   coalesce(u.display_name, l.social_worker) as social_worker_name, l.ended_on, l.end_reason,
                   case when l.kind = 'CP'
                        then (select max(c.held_on) from cp_conference c where c.plan_id = l.id and c.kind = 'REVIEW')
                        else (select max(r.held_on) from plan_review r where r.plan_id = l.id) end as last_review,
                   l.version
              from plan l join person p on p.id = l.person_id
              left join app_user u on u.username = l.social_worker
            """;

    private final JdbcClient jdbc;
    private final Conferences conferences;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ZoneId zone;
    private final LastChanges lastChanges;

    Plans(JdbcClient jdbc, Conferences conferences, AccessLog accessLog, Clock clock, ZoneId zone,
          LastChanges lastChanges) {
        this.lastChanges = lastChanges;
        this.jdbc = jdbc;
        this.conferences = conferences;
        this.accessLog = accessLog;
        this.clock = clock;
        this.zone = zone;
    }

    /** A CP plan, from the conference that decided on it: the only way one starts. */
    long startCpPlan(long personId, long conferenceId, long s47Id, LocalDate on, String category, String socialWorker,
                     String by) {
        long id = jdbc.sql("""
                        insert into plan (person_id, kind, started_on, category, s47_enquiry_id, conference_id,
                                          social_worker, created_by)
                        values (:p, 'CP', :on, :category, :s47, :conference, :sw, :by) returning id""")
                .param("p", personId).param("on", Date.valueOf(on)).param("category", category).param("s47", s47Id)
                .param("conference", conferenceId).param("sw", socialWorker).param("by", by)
                .query(Long.class).single();
        accessLog.record(AccessLog.Action.CHANGE, "Started child protection plan " + id + " (" + category
                + ") at conference " + conferenceId, personId);
        return id;
    }

    /** A child in need plan, from an assessment or an s47 enquiry (or its conference). */
    @Transactional
    public long startCinPlan(long personId, Long assessmentId, Long s47Id, LocalDate startedOn, String socialWorker) {
        String by = currentUser(socialWorker);
        long id = jdbc.sql("""
                        insert into plan (person_id, kind, started_on, assessment_id, s47_enquiry_id, social_worker,
                                          created_by)
                        values (:p, 'CIN', :on, :a, :s47, :sw, :by) returning id""")
                .param("p", personId).param("on", Date.valueOf(startedOn)).param("a", assessmentId)
                .param("s47", s47Id).param("sw", socialWorker).param("by", by).query(Long.class).single();
        accessLog.record(AccessLog.Action.CHANGE, "Started child in need plan " + id, personId);
        return id;
    }

    public Optional<Plan> find(long id) {
        return jdbc.sql(SELECT + " where l.id = :id").param("id", id).query(Plan.class).optional();
    }

    public List<Plan> forPerson(long personId) {
        return jdbc.sql(SELECT + " where l.person_id = :p order by l.started_on, l.id").param("p", personId)
                .query(Plan.class).list();
    }

    public Optional<Plan> fromConference(long conferenceId) {
        return jdbc.sql(SELECT + " where l.conference_id = :c").param("c", conferenceId).query(Plan.class).optional();
    }

    public Optional<Plan> cinFromS47(long s47Id) {
        return jdbc.sql(SELECT + " where l.s47_enquiry_id = :s and l.kind = 'CIN'").param("s", s47Id)
                .query(Plan.class).optional();
    }

    /** Open plans, the earliest review due first. */
    public List<Plan> open() {
        return jdbc.sql(SELECT + " where l.ended_on is null order by l.id").query(Plan.class).list().stream()
                .sorted(java.util.Comparator.comparing(Plan::nextReviewDue)).toList();
    }

    /** True when the child had a child protection plan before this one (a DfE indicator). */
    public boolean secondOrSubsequent(Plan plan) {
        return plan.cp() && jdbc.sql("""
                        select count(*) from plan where person_id = :p and kind = 'CP' and id <> :id
                           and (started_on < :on or (started_on = :on and id < :id))""")
                .param("p", plan.personId()).param("id", plan.id()).param("on", Date.valueOf(plan.startedOn()))
                .query(Long.class).single() > 0;
    }

    /** Whether the child has ever had a child protection plan, so a new one would be a second or subsequent. */
    public boolean hadCpPlan(long personId) {
        return jdbc.sql("select count(*) from plan where person_id = :p and kind = 'CP'").param("p", personId)
                .query(Long.class).single() > 0;
    }

    public List<Review> reviews(long planId) {
        return jdbc.sql("select held_on, note, created_by from plan_review where plan_id = :p order by held_on, id")
                .param("p", planId).query(Review.class).list();
    }

    public List<Visit> visits(long planId) {
        return jdbc.sql("""
                        select visited_on, seen, seen_alone, note, created_by from plan_visit
                         where plan_id = :p order by visited_on desc, id desc""")
                .param("p", planId).query(Visit.class).list();
    }

    public ClockStatus reviewStatus(Plan plan) {
        return ConferenceClocks.status(plan.nextReviewDue(), null, today());
    }

    /** A review conference on a CP plan: continue (with the category now) or end the plan. */
    @Transactional
    public PlanResult recordReviewConference(long id, ConferenceForm form, String by) {
        Plan plan = find(id).orElseThrow();
        if (!plan.cp() || plan.ended() || !sameVersion(plan, form.getVersion())) {
            return conflict(id);
        }
        LocalDate notBefore = plan.lastReview() == null ? plan.startedOn() : plan.lastReview();
        List<FieldProblem> problems = PlanRules.reviewConference(form, notBefore, today());
        if (!problems.isEmpty()) {
            return new PlanResult.Refused(problems);
        }
        LocalDate held = PlanRules.on(form.getHeldDay(), form.getHeldMonth(), form.getHeldYear());
        boolean ending = "END_PLAN".equals(form.getDecision());
        boolean updated = jdbc.sql("""
                        update plan set category = :category, ended_on = :ended, end_reason = :reason,
                               updated_by = :by, updated_at = now(), version = version + 1
                         where id = :id and version = :version and ended_on is null""")
                .param("by", by)
                .param("category", ending ? plan.category() : form.getCategory())
                .param("ended", ending ? Date.valueOf(held) : null).param("reason", ending ? form.getEndReason() : null)
                .param("id", id).param("version", form.getVersion()).update() == 1;
        if (!updated) {
            return conflict(id);
        }
        long conference = conferences.insertReview(plan.personId(), id, plan.nextReviewDue(), held, form, by);
        accessLog.record(AccessLog.Action.CHANGE, "Recorded review conference " + conference + " on plan " + id
                + (ending ? ": plan ended" : ": plan continues"), plan.personId());
        return new PlanResult.Done(conference);
    }

    /** A review of a CIN plan; it moves the next review date on. */
    @Transactional
    public PlanResult recordCinReview(long id, PlanForm form, String by) {
        Plan plan = find(id).orElseThrow();
        if (plan.cp() || plan.ended() || !sameVersion(plan, form.getVersion())) {
            return conflict(id);
        }
        List<FieldProblem> problems = PlanRules.cinReview(form, plan.startedOn(), today());
        if (!problems.isEmpty()) {
            return new PlanResult.Refused(problems);
        }
        if (!bump(plan, by)) {
            return conflict(id);
        }
        jdbc.sql("insert into plan_review (plan_id, held_on, note, created_by) values (:p, :on, :note, :by)")
                .param("p", id).param("on", Date.valueOf(PlanRules.on(form.getOnDay(), form.getOnMonth(),
                        form.getOnYear()))).param("note", form.getNote()).param("by", by).update();
        accessLog.record(AccessLog.Action.CHANGE, "Recorded review of child in need plan " + id, plan.personId());
        return new PlanResult.Done(id);
    }

    /** A visit to the child; a visit is an event, so two people recording visits do not conflict. */
    @Transactional
    public PlanResult recordVisit(long id, PlanForm form, String by) {
        Plan plan = find(id).orElseThrow();
        List<FieldProblem> problems = PlanRules.visit(form, plan.startedOn(), plan.endedOn(), today());
        if (!problems.isEmpty()) {
            return new PlanResult.Refused(problems);
        }
        jdbc.sql("""
                        insert into plan_visit (plan_id, visited_on, seen, seen_alone, note, created_by)
                        values (:p, :on, :seen, :alone, :note, :by)""")
                .param("p", id).param("on", Date.valueOf(PlanRules.on(form.getOnDay(), form.getOnMonth(),
                        form.getOnYear()))).param("seen", "yes".equals(form.getSeen()))
                .param("alone", "yes".equals(form.getSeenAlone()))
                .param("note", form.getNote().isEmpty() ? null : form.getNote()).param("by", by).update();
        accessLog.record(AccessLog.Action.CHANGE, "Recorded visit on plan " + id, plan.personId());
        return new PlanResult.Done(id);
    }

    /** Ends a plan outside a conference (a CIN plan, or a CP plan when the child moves away). */
    @Transactional
    public PlanResult end(long id, PlanForm form, String by) {
        Plan plan = find(id).orElseThrow();
        if (plan.ended() || !sameVersion(plan, form.getVersion())) {
            return conflict(id);
        }
        List<FieldProblem> problems = PlanRules.end(form, plan.startedOn(), today());
        if (!problems.isEmpty()) {
            return new PlanResult.Refused(problems);
        }
        boolean updated = jdbc.sql("""
                        update plan set ended_on = :on, end_reason = :reason, updated_by = :by, updated_at = now(),
                               version = version + 1
                         where id = :id and version = :version and ended_on is null""")
                .param("by", by)
                .param("on", Date.valueOf(PlanRules.on(form.getOnDay(), form.getOnMonth(), form.getOnYear())))
                .param("reason", form.getReason()).param("id", id).param("version", form.getVersion()).update() == 1;
        if (!updated) {
            return conflict(id);
        }
        accessLog.record(AccessLog.Action.CHANGE, "Ended plan " + id + ": " + form.getReason(), plan.personId());
        return new PlanResult.Done(id);
    }

    private boolean bump(Plan plan, String by) {
        return jdbc.sql("""
                        update plan set updated_by = :by, updated_at = now(), version = version + 1
                         where id = :id and version = :v""")
                .param("by", by).param("id", plan.id()).param("v", plan.version()).update() == 1;
    }

    private static boolean sameVersion(Plan plan, Integer version) {
        return version != null && version == plan.version();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private static String currentUser(String fallback) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? fallback : auth.getName();
    }

    /** Nothing saved: who changed the plan since the form was loaded, and when. */
    private PlanResult conflict(long id) {
        return new PlanResult.Conflict(lastChanges.changed(LastChanges.Record.PLAN, id, "this plan"));
    }
}
