package org.frontdoor.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.frontdoor.access.AccessLog;
import org.frontdoor.calendar.WorkingCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Single assessments (s17): started when the assessment team accepts a referral, authorised by a manager. */
@Service
public class Assessments {

    static final String SELECT = """
            select a.id, a.referral_id, a.person_id, p.first_name || ' ' || p.last_name as child_name, p.date_of_birth,
                   r.referred_at, a.started_on, a.due_on, a.social_worker,
                   coalesce(w.display_name, a.social_worker) as social_worker_name, a.allocated_at,
                   a.interim_day10_on, a.interim_day25_on, a.child_seen_on, a.child_seen_alone_on,
                   a.child_not_seen_reason, a.child_voice, a.analysis, a.primary_need, a.outcome, a.completed_on,
                   a.father_not_involved_reason, a.authorised_by,
                   coalesce(m.display_name, a.authorised_by) as authorised_by_name, a.authorised_at,
                   a.authorisation_comment, a.updated_by, coalesce(u.display_name, a.updated_by) as updated_by_name,
                   a.updated_at, a.version
              from assessment a join person p on p.id = a.person_id join referral r on r.id = a.referral_id
              left join app_user w on w.username = a.social_worker
              left join app_user m on m.username = a.authorised_by
              left join app_user u on u.username = a.updated_by
            """;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

    private final JdbcClient jdbc;
    private final AssessmentClock assessmentClock;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;

    Assessments(JdbcClient jdbc, WorkingCalendar calendar, AccessLog accessLog, Clock clock, ZoneId zone,
                ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.assessmentClock = new AssessmentClock(calendar);
        this.accessLog = accessLog;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Starts the single assessment of a referral: its clock runs from the referral date (in the LA's time zone), not
     * the day of allocation. Starting the same referral again returns the assessment already started.
     */
    @Transactional
    public long start(long referralId, String socialWorker, Instant allocatedAt) {
        Referral r = jdbc.sql("select person_id, referred_at from referral where id = :r").param("r", referralId)
                .query(Referral.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No referral " + referralId));
        LocalDate startedOn = LocalDate.ofInstant(r.referredAt(), zone);
        Optional<Long> inserted = jdbc.sql("""
                        insert into assessment (referral_id, person_id, started_on, due_on, social_worker, allocated_at,
                                                created_by)
                        values (:r, :p, :start, :due, :sw, :at, :sw)
                        on conflict (referral_id) do nothing returning id""")
                .param("r", referralId).param("p", r.personId()).param("start", startedOn)
                .param("due", assessmentClock.dueOn(startedOn)).param("sw", socialWorker)
                .param("at", Timestamp.from(allocatedAt)).query(Long.class).optional();
        if (inserted.isEmpty()) {
            return jdbc.sql("select id from assessment where referral_id = :r").param("r", referralId)
                    .query(Long.class).single();
        }
        accessLog.record(AccessLog.Action.CHANGE, "Started single assessment " + inserted.get() + " (referral "
                + referralId + "), allocated to " + socialWorker, r.personId());
        return inserted.get();
    }

    private record Referral(long personId, Instant referredAt) {
    }

    public Optional<Assessment> find(long id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(Assessment.class).optional();
    }

    public List<Assessment> forPerson(long personId) {
        return jdbc.sql(SELECT + " where a.person_id = :p order by a.started_on desc, a.id desc").param("p", personId)
                .query(Assessment.class).list();
    }

    /** A social worker's open assessments, oldest due first. */
    public List<Assessment> openFor(String socialWorker) {
        return jdbc.sql(SELECT + " where a.completed_on is null and a.social_worker = :sw order by a.due_on, a.id")
                .param("sw", socialWorker).query(Assessment.class).list();
    }

    /**
     * A manager's view: the team's open assessments and those awaiting authorisation, oldest due first. A manager
     * with no team set sees every assessment team's.
     */
    public List<Assessment> forManager(String manager) {
        String team = jdbc.sql("select team from app_user where username = :u").param("u", manager)
                .query(String.class).optional().orElse(null);
        return jdbc.sql(SELECT + """
                         where a.authorised_at is null
                           and (cast(:team as text) is null or w.team = cast(:team as text))
                         order by a.due_on, a.id""")
                .param("team", team).query(Assessment.class).list();
    }

    /** The child's parents and carers from the person index, with what the assessment recorded of each. */
    /** A step the assessment led to, once authorised: where the child went next. */
    public record NextStep(String label, String href) {
    }

    /** The strategy discussion, plan or early help episode this assessment started, linked both ways. */
    public List<NextStep> nextSteps(long assessmentId) {
        return jdbc.sql("""
                        select 'Strategy discussion ' || id as label, '/casework/strategy/' || id as href
                          from strategy_discussion where assessment_id = :a
                        union all
                        select case kind when 'CIN' then 'Child in need plan ' else 'Child protection plan ' end || id,
                               '/casework/plans/' || id
                          from plan where assessment_id = :a
                        union all
                        select 'Early help episode ' || id, '/early-help/episodes/' || id
                          from early_help_episode where stepped_down_from = :a""")
                .param("a", assessmentId).query(NextStep.class).list();
    }

    public List<AssessmentParent> parents(Assessment a) {
        return jdbc.sql("""
                        select distinct on (p.id) p.id as person_id, p.first_name || ' ' || p.last_name as name,
                               r.relationship, ap.involved, ap.how
                          from relationship r join person p on p.id = r.related_person_id
                          left join assessment_parent ap on ap.assessment_id = :a and ap.person_id = p.id
                         where r.person_id = :child and r.relationship in ('MOTHER', 'FATHER', 'STEP_PARENT', 'CARER')
                         order by p.id, array_position(array['MOTHER', 'FATHER', 'STEP_PARENT', 'CARER'], r.relationship)""")
                .param("a", a.id()).param("child", a.personId()).query(AssessmentParent.class).list().stream()
                .sorted(Comparator.comparing((AssessmentParent p) -> order(p.relationship()))
                        .thenComparing(AssessmentParent::personId))
                .toList();
    }

    private static int order(String relationship) {
        return List.of("MOTHER", "FATHER", "STEP_PARENT", "CARER").indexOf(relationship);
    }

    public List<String> factors(long assessmentId) {
        return jdbc.sql("select code from assessment_factor where assessment_id = :a").param("a", assessmentId)
                .query(String.class).list().stream()
                .sorted(Comparator.comparingInt(c -> AssessmentCodes.FACTORS.stream().map(AssessmentCodes.Code::code)
                        .toList().indexOf(c)))
                .toList();
    }

    public AssessmentClock clock() {
        return assessmentClock;
    }

    /**
     * A manager agrees the completed assessment, with a comment; the result tells the caller where the child goes
     * next. Refused (nothing changed) for the assessment's own social worker, an assessment not completed or already
     * authorised, no comment, or a version other than the one the manager read.
     */
    @Transactional
    public AssessmentAuthorised authorise(long id, int version, String manager, String comment) {
        Assessment a = find(id).orElseThrow(() -> new AssessmentRefused(null, "No such assessment"));
        if (a.socialWorker().equals(manager)) {
            throw new AssessmentRefused("comment", "You are the social worker for this assessment, so you cannot "
                    + "authorise it: another assessment team manager must");
        }
        if (a.authorised()) {
            throw new AssessmentRefused("comment", a.authorisedByName() + " has already authorised this assessment");
        }
        if (a.version() != version) {
            throw new AssessmentRefused(null, changedBy(a) + ": read it again below before authorising; your comment "
                    + "is kept, nothing was saved");
        }
        if (!a.completed()) {
            throw new AssessmentRefused("comment", "Only a completed assessment can be authorised: "
                    + a.socialWorkerName() + " has not completed it yet");
        }
        if (comment == null || comment.isBlank()) {
            throw new AssessmentRefused("comment", "Enter your comment on the assessment");
        }
        int updated = jdbc.sql("""
                        update assessment set authorised_by = :m, authorised_at = :at, authorisation_comment = :c,
                                              updated_by = :m, updated_at = :at, version = version + 1
                         where id = :id and version = :v and authorised_at is null and completed_on is not null""")
                .param("m", manager).param("at", Timestamp.from(clock.instant())).param("c", comment.strip())
                .param("id", id).param("v", version).update();
        if (updated != 1) {
            throw new AssessmentRefused(null, changedBy(find(id).orElseThrow()) + ": read it again below before "
                    + "authorising; your comment is kept, nothing was saved");
        }
        accessLog.record(AccessLog.Action.CHANGE, "Authorised single assessment " + id + " ("
                + a.outcome().label() + ")", a.personId());
        AssessmentAuthorised done = new AssessmentAuthorised(id, a.personId(), a.referralId(), a.outcome());
        events.publishEvent(done); // the next step (strategy discussion, CIN plan, early help) starts with it
        return done;
    }

    /** "Sam Patel changed this assessment at 10:42 on 3 March", as far as the record knows. */
    String changedBy(Assessment now) {
        if (now.updatedAt() == null) {
            return "Someone else changed this assessment while you were working";
        }
        LocalDate day = LocalDate.ofInstant(now.updatedAt(), zone);
        String when = TIME.format(now.updatedAt().atZone(zone))
                + (day.equals(LocalDate.now(clock.withZone(zone))) ? "" : " on " + DAY.format(day));
        return now.updatedByName() + " changed this assessment at " + when + " while you were working";
    }
}
