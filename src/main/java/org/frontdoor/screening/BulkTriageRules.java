package org.frontdoor.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a bulk triage must say before it becomes one decision per child's contact. Plain Java. Only the low-risk
 * outcomes at levels 1 and 2 may be decided in bulk: an assessment (s17) or strategy discussion (s47) needs a full
 * decision weighed for that child alone.
 */
public final class BulkTriageRules {

    public static final Set<DecisionOutcome> OUTCOMES = EnumSet.of(DecisionOutcome.NFA,
            DecisionOutcome.INFORMATION_ADVICE, DecisionOutcome.UNIVERSAL_SERVICES, DecisionOutcome.EARLY_HELP);

    private BulkTriageRules() {
    }

    /** Problems with the form as a whole; {@code namesParents} when any ticked contact names a parent or carer. */
    public static List<DecisionRules.Problem> check(BulkTriageForm f, boolean namesParents) {
        List<DecisionRules.Problem> problems = new ArrayList<>();
        if (f.selected().isEmpty()) {
            problems.add(new DecisionRules.Problem("subjectIds", "Select at least one notification to decide"));
        }
        DecisionOutcome outcome = DecisionOutcome.parse(f.getOutcome());
        if (outcome == null) {
            problems.add(new DecisionRules.Problem("outcome", "Select the outcome of screening"));
        } else if (!OUTCOMES.contains(outcome)) {
            problems.add(new DecisionRules.Problem("outcome", outcome.label()
                    + " cannot be decided in bulk: open each child’s contact and make a full decision"));
        }
        Integer level = DecisionRules.level(f.getThresholdLevel());
        if (level == null || level > 2) {
            problems.add(new DecisionRules.Problem("thresholdLevel", "Select threshold level 1 or 2"));
        }
        if (f.getRationale().isBlank()) {
            problems.add(new DecisionRules.Problem("rationale", "Enter the rationale for the decisions"));
        }
        if (f.getRiskAnalysis().isBlank()) {
            problems.add(new DecisionRules.Problem("riskAnalysis", "Enter the analysis of risk and unmet need"));
        }
        views(problems, "childViews", "the children’s", f.getChildViewsSought(), f.getChildViewsReason());
        if (namesParents) {
            views(problems, "parentViews", "the parents’ and carers’", f.getParentViewsSought(),
                    f.getParentViewsReason());
        }
        return problems;
    }

    private static void views(List<DecisionRules.Problem> problems, String prefix, String whose, String sought,
                              String reason) {
        if (!"yes".equals(sought) && !"no".equals(sought)) {
            problems.add(new DecisionRules.Problem(prefix + "Sought", "Say whether " + whose + " views were sought"));
        } else if ("no".equals(sought) && reason.isBlank()) {
            problems.add(new DecisionRules.Problem(prefix + "Reason", "Say why " + whose + " views were not sought"));
        }
    }

    /** The one child's decision form the bulk form stands for, answering for the parents that contact names. */
    static DecisionForm decisionFor(BulkTriageForm f, List<DecisionForm.ParentView> parents) {
        DecisionForm d = new DecisionForm();
        d.setOutcome(f.getOutcome());
        d.setThresholdLevel(f.getThresholdLevel());
        d.setThresholdVersionId(f.getThresholdVersionId());
        d.setIndicatorIds(new ArrayList<>(f.getIndicatorIds()));
        d.setDepartureReason(f.getDepartureReason());
        d.setRationale(f.getRationale());
        d.setRiskAnalysis(f.getRiskAnalysis());
        d.setChildViewsSought(f.getChildViewsSought());
        d.setChildViewsReason(f.getChildViewsReason());
        for (DecisionForm.ParentView p : parents) {
            p.setSought(f.getParentViewsSought());
            p.setReason(f.getParentViewsReason());
        }
        d.setParents(parents);
        return d;
    }
}
