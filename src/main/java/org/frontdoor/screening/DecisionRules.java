package org.frontdoor.screening;

import java.util.ArrayList;
import java.util.List;

/** What a decision must say before a manager sees it. Plain Java: no Spring, no database. */
public final class DecisionRules {

    public record Problem(String field, String message) {
    }

    private DecisionRules() {
    }

    /**
     * @param suggestedLevel the level the ticked indicators point to, or null when none were ticked (or there is no
     *                       threshold document to suggest one)
     */
    public static List<Problem> check(DecisionForm f, Integer suggestedLevel) {
        List<Problem> problems = new ArrayList<>();
        if (DecisionOutcome.parse(f.getOutcome()) == null) {
            problems.add(new Problem("outcome", "Select the outcome of screening"));
        }
        Integer level = level(f.getThresholdLevel());
        if (level == null) {
            problems.add(new Problem("thresholdLevel", "Select the threshold level"));
        } else if (suggestedLevel != null && !suggestedLevel.equals(level) && f.getDepartureReason().isBlank()) {
            problems.add(new Problem("departureReason", "The indicators ticked suggest level " + suggestedLevel
                    + ": say why you chose level " + level));
        }
        if (f.getRationale().isBlank()) {
            problems.add(new Problem("rationale", "Enter the rationale for the decision"));
        }
        if (f.getRiskAnalysis().isBlank()) {
            problems.add(new Problem("riskAnalysis", "Enter the analysis of risk and unmet need"));
        }
        checkViews(problems, "childViews", "the child’s", f.getChildViewsSought(), f.getChildViewsReason());
        for (int i = 0; i < f.getParents().size(); i++) {
            DecisionForm.ParentView p = f.getParents().get(i);
            checkViews(problems, "parents[" + i + "].", p.getName() + "’s", p.getSought(), p.getReason());
        }
        return problems;
    }

    private static void checkViews(List<Problem> problems, String prefix, String whose, String sought, String reason) {
        String soughtField = prefix.endsWith(".") ? prefix + "sought" : prefix + "Sought";
        String reasonField = prefix.endsWith(".") ? prefix + "reason" : prefix + "Reason";
        if (!"yes".equals(sought) && !"no".equals(sought)) {
            problems.add(new Problem(soughtField, "Say whether " + whose + " views were sought"));
        } else if ("no".equals(sought) && reason.isBlank()) {
            problems.add(new Problem(reasonField, "Say why " + whose + " views were not sought"));
        }
    }

    /** The threshold level 1 to 4, or null if none was chosen. */
    public static Integer level(String s) {
        return switch (s == null ? "" : s) {
            case "1" -> 1;
            case "2" -> 2;
            case "3" -> 3;
            case "4" -> 4;
            default -> null;
        };
    }
}
