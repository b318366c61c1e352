package org.frontdoor.casework;

/** What a single assessment concludes; the lead hands the child on accordingly once a manager authorises it. */
public enum AssessmentOutcome {
    NFA("No further action"),
    EARLY_HELP("Step down to early help"),
    CIN_PLAN("Child in need plan"),
    STRATEGY_DISCUSSION("Strategy discussion");

    private final String label;

    AssessmentOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The outcome named by a form value, or null. */
    public static AssessmentOutcome parse(String s) {
        for (AssessmentOutcome o : values()) {
            if (o.name().equals(s)) {
                return o;
            }
        }
        return null;
    }
}
