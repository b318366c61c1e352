package org.frontdoor.casework;

/** What a strategy discussion decides. */
public enum StrategyDecision {
    S47_SINGLE_AGENCY("Section 47 enquiry, single agency"),
    S47_JOINT("Section 47 enquiry, joint with police"),
    S17_ASSESSMENT("No section 47: single assessment (section 17)"),
    NFA("No further action");

    private final String label;

    StrategyDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean startsS47() {
        return this == S47_SINGLE_AGENCY || this == S47_JOINT;
    }

    public static StrategyDecision parse(String s) {
        for (StrategyDecision d : values()) {
            if (d.name().equals(s)) {
                return d;
            }
        }
        return null;
    }
}
