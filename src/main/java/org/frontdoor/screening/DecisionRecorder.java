package org.frontdoor.screening;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontdoor.access.AccessLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves a worker's decision for a manager's oversight, or saves nothing and says why. */
@Service
class DecisionRecorder {

    sealed interface Result {
    }

    record Saved(long decisionId) implements Result {
    }

    record Refused(List<DecisionRules.Problem> problems) implements Result {
    }

    /** Someone else decided (or a manager signed off) since the form was loaded. */
    record Conflict(String message) implements Result {
    }

    private final Decisions decisions;
    private final DecisionThresholds thresholds;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ZoneId zone;

    DecisionRecorder(Decisions decisions, DecisionThresholds thresholds, AccessLog accessLog, Clock clock, ZoneId zone) {
        this.decisions = decisions;
        this.thresholds = thresholds;
        this.accessLog = accessLog;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    public Result save(DecisionSubject child, DecisionForm form, String by) {
        if (child.personId() == null) {
            return new Refused(List.of(new DecisionRules.Problem("outcome", "Match " + child.name()
                    + " to the person index before deciding: a decision follows the child's record")));
        }
        Optional<Decision> current = decisions.forSubject(child.id());
        if (current.isPresent() && (form.getVersion() == null || form.getVersion() != current.get().version()
                || current.get().signedOff())) {
            return new Conflict(DecisionConflict.forWorker(current.get(), zone, clock.instant()));
        }
        ThresholdVersion version = thresholds.version(form.getThresholdVersionId());
        List<ThresholdIndicator> ticked = thresholds.ticked(version, form.getIndicatorIds());
        int suggested = thresholds.suggestedLevel(version, ticked);
        List<DecisionRules.Problem> problems = DecisionRules.check(form, suggested);
        List<DecisionForm.ParentView> expected = decisions.parentsOf(child.contactId());
        if (!sameParents(expected, form.getParents())) {
            // The form must answer for the parents the contact names now, not a tampered or stale list.
            form.setParents(expected);
            problems = new ArrayList<>(problems);
            problems.add(new DecisionRules.Problem("parents", "Say whether each parent’s or carer’s views were sought"));
        }
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        Decisions.Values values = new Decisions.Values(DecisionOutcome.parse(form.getOutcome()),
                DecisionRules.level(form.getThresholdLevel()), version.id(), suggested,
                form.getDepartureReason(), form.getRationale(), form.getRiskAnalysis(), form.getMultiAgencyView(),
                "yes".equals(form.getChildViewsSought()), form.getChildViewsReason(),
                ticked.stream().map(ThresholdIndicator::id).toList(),
                form.getParents().stream().map(p -> new Decision.ParentView(p.getSubjectId(), p.getName(),
                        "yes".equals(p.getSought()), p.getReason())).toList());
        long id;
        if (current.isEmpty()) {
            Optional<Long> inserted = decisions.insert(child.id(), values, by, clock.instant());
            if (inserted.isEmpty()) {
                return new Conflict(DecisionConflict.forWorker(decisions.forSubject(child.id()).orElseThrow(), zone,
                        clock.instant()));
            }
            id = inserted.get();
        } else if (decisions.update(current.get().id(), form.getVersion(), values, by, clock.instant())) {
            id = current.get().id();
        } else {
            return new Conflict(DecisionConflict.forWorker(decisions.forSubject(child.id()).orElseThrow(), zone,
                    clock.instant()));
        }
        accessLog.record(AccessLog.Action.CHANGE, "Recorded screening decision (" + values.outcome().label()
                + ") on contact " + child.contactId() + " for oversight", child.personId());
        return new Saved(id);
    }

    private static boolean sameParents(List<DecisionForm.ParentView> expected, List<DecisionForm.ParentView> given) {
        return expected.stream().map(DecisionForm.ParentView::getSubjectId).toList()
                .equals(given.stream().map(DecisionForm.ParentView::getSubjectId).toList());
    }
}
