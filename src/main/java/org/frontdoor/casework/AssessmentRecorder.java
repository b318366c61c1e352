package org.frontdoor.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.frontdoor.access.AccessLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves what a worker recorded on an assessment, or saves nothing and says why. */
@Service
class AssessmentRecorder {

    sealed interface Result {
    }

    record Saved(boolean completed) implements Result {
    }

    record Refused(List<AssessmentRules.Problem> problems) implements Result {
    }

    /** Someone else saved (or a manager authorised) since the form was loaded. */
    record Conflict(String message) implements Result {
    }

    private final Assessments assessments;
    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ZoneId zone;

    AssessmentRecorder(Assessments assessments, JdbcClient jdbc, AccessLog accessLog, Clock clock, ZoneId zone) {
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    public Result save(Assessment a, AssessmentForm form, String by) {
        if (a.authorised()) {
            return new Conflict(a.authorisedByName() + " has authorised this assessment: it can no longer be changed. "
                    + "Your answers are below, nothing was saved");
        }
        if (form.getVersion() == null || form.getVersion() != a.version()) {
            return new Conflict(assessments.changedBy(a) + ": your answers are below, nothing was saved");
        }
        List<AssessmentParent> expected = assessments.parents(a);
        boolean hasFather = expected.stream().anyMatch(AssessmentParent::father);
        AssessmentRules.Checked checked = AssessmentRules.check(form, a.startedOn(), LocalDate.now(clock.withZone(zone)),
                hasFather);
        List<AssessmentRules.Problem> problems = new ArrayList<>(checked.problems());
        if (!expected.stream().map(AssessmentParent::personId).toList()
                .equals(form.getParents().stream().map(AssessmentForm.Parent::getPersonId).toList())) {
            // Answer for the parents the child's record names now, not a stale or tampered list.
            form.setParents(AssessmentController.parentRows(expected, form.getParents()));
            problems.add(new AssessmentRules.Problem("parents", "The child’s parents and carers have changed: say "
                    + "how each one below was involved"));
        }
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        AssessmentRules.Values v = checked.values();
        int updated = jdbc.sql("""
                        update assessment set child_seen_on = :seen, child_seen_alone_on = :alone,
                               child_not_seen_reason = :notSeen, child_voice = :voice, interim_day10_on = :i10,
                               interim_day25_on = :i25, father_not_involved_reason = :father, primary_need = :need,
                               analysis = :analysis, outcome = :outcome, completed_on = :completed,
                               updated_by = :by, updated_at = :at, version = version + 1
                         where id = :id and version = :v and authorised_at is null""")
                .param("seen", v.childSeenOn()).param("alone", v.childSeenAloneOn())
                .param("notSeen", v.childNotSeenReason()).param("voice", v.childVoice())
                .param("i10", v.interim10On()).param("i25", v.interim25On())
                .param("father", v.fatherNotInvolvedReason()).param("need", v.primaryNeed())
                .param("analysis", v.analysis()).param("outcome", v.outcome() == null ? null : v.outcome().name())
                .param("completed", v.completedOn()).param("by", by).param("at", Timestamp.from(clock.instant()))
                .param("id", a.id()).param("v", form.getVersion()).update();
        if (updated != 1) {
            return new Conflict(assessments.changedBy(assessments.find(a.id()).orElseThrow())
                    + ": your answers are below, nothing was saved");
        }
        jdbc.sql("delete from assessment_factor where assessment_id = :a").param("a", a.id()).update();
        for (String code : v.factors()) {
            jdbc.sql("insert into assessment_factor (assessment_id, code) values (:a, :c)").param("a", a.id())
                    .param("c", code).update();
        }
        jdbc.sql("delete from assessment_parent where assessment_id = :a").param("a", a.id()).update();
        for (AssessmentRules.Involvement p : v.parents()) {
            if (p.involved() != null) {
                jdbc.sql("insert into assessment_parent (assessment_id, person_id, involved, how) values (:a, :p, :i, :h)")
                        .param("a", a.id()).param("p", p.personId()).param("i", p.involved()).param("h", p.how())
                        .update();
            }
        }
        accessLog.record(AccessLog.Action.CHANGE, (v.completedOn() != null ? "Completed" : "Updated")
                + " single assessment " + a.id(), a.personId());
        return new Saved(v.completedOn() != null);
    }
}
