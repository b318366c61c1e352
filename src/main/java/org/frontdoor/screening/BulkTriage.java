package org.frontdoor.screening;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Decides many police notifications at once, as one decision per child's contact through {@link DecisionRecorder}
 * (so each awaits a manager's oversight and is access-logged against its child, exactly as if decided one by one).
 * All or nothing: one refusal or one child decided meanwhile by someone else, and nothing is saved.
 */
@Service
class BulkTriage {

    sealed interface Result {
    }

    record Recorded(int count) implements Result {
    }

    /** What is wrong with the form, by field ("" for the form as a whole). */
    record Refused(List<DecisionRules.Problem> problems) implements Result {
    }

    /** Children decided by someone else since the list was loaded: one message naming each. */
    record Conflict(List<String> messages) implements Result {
    }

    private final BulkTriageQueue queue;
    private final Decisions decisions;
    private final DecisionRecorder recorder;
    private final Clock clock;
    private final ZoneId zone;

    BulkTriage(BulkTriageQueue queue, Decisions decisions, DecisionRecorder recorder, Clock clock, ZoneId zone) {
        this.queue = queue;
        this.decisions = decisions;
        this.recorder = recorder;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    public Result decide(BulkTriageForm form, String by) {
        List<Long> ids = form.selected();
        Map<Long, DecisionSubject> police = queue.policeChildren(ids).stream()
                .collect(Collectors.toMap(DecisionSubject::id, Function.identity()));
        List<DecisionSubject> children = ids.stream().map(police::get).filter(java.util.Objects::nonNull).toList();
        boolean namesParents = children.stream().anyMatch(c -> !decisions.parentsOf(c.contactId()).isEmpty());
        List<DecisionRules.Problem> problems = new ArrayList<>(BulkTriageRules.check(form, namesParents));
        if (children.size() < ids.size()) {
            problems.add(0, new DecisionRules.Problem("subjectIds", "Only police notifications about a child can be "
                    + "decided here: reload the list and select again"));
        }
        children.stream().filter(c -> c.personId() == null).forEach(c -> problems.add(new DecisionRules.Problem(
                "subjectIds", "Match " + c.name() + " to the person index before deciding")));
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        List<String> conflicts = new ArrayList<>();
        for (DecisionSubject c : children) {
            decisions.forSubject(c.id()).ifPresent(d -> conflicts.add(decidedMeanwhile(c, d)));
        }
        if (!conflicts.isEmpty()) {
            return new Conflict(conflicts);
        }
        Set<DecisionRules.Problem> refusals = new LinkedHashSet<>();
        for (DecisionSubject c : children) {
            DecisionForm one = BulkTriageRules.decisionFor(form, decisions.parentsOf(c.contactId()));
            DecisionRecorder.Result result = recorder.save(c, one, by);
            if (result instanceof DecisionRecorder.Refused refused) {
                refused.problems().forEach(p -> refusals.add(bulkField(p)));
            } else if (result instanceof DecisionRecorder.Conflict) {
                // Another worker's decision landed between our check and our insert.
                decisions.forSubject(c.id()).ifPresent(d -> conflicts.add(decidedMeanwhile(c, d)));
            }
        }
        if (refusals.isEmpty() && conflicts.isEmpty()) {
            return new Recorded(children.size());
        }
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return conflicts.isEmpty() ? new Refused(List.copyOf(refusals)) : new Conflict(conflicts);
    }

    private String decidedMeanwhile(DecisionSubject child, Decision d) {
        String who = Optional.ofNullable(d.decidedByName()).orElse(d.decidedBy());
        return child.name() + " (contact " + child.contactId() + ") was decided by " + who + " at "
                + DecisionConflict.when(d.decidedAt(), zone, clock.instant())
                + " while you were working. Nothing was saved: untick them and record the others again";
    }

    /** A one-child problem as the bulk form names its fields. */
    private static DecisionRules.Problem bulkField(DecisionRules.Problem p) {
        return p.field().startsWith("parents") ? new DecisionRules.Problem("parentViewsSought", p.message()) : p;
    }
}
