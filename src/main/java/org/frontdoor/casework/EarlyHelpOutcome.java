package org.frontdoor.casework;

/** How an early help episode ended. A step up is its own action: it records a contact to the Front Door. */
public enum EarlyHelpOutcome {
    NEEDS_MET("Needs met"),
    STEPPED_UP("Stepped up to children's social care"),
    DECLINED("Family declined early help"),
    MOVED_AWAY("Family moved away"),
    OTHER("Other");

    private final String label;

    EarlyHelpOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The outcomes a practitioner chooses when ending an episode (not a step up, which has its own page). */
    public static java.util.List<EarlyHelpOutcome> endings() {
        return java.util.List.of(NEEDS_MET, DECLINED, MOVED_AWAY, OTHER);
    }

    static EarlyHelpOutcome parse(String s) {
        for (EarlyHelpOutcome o : values()) {
            if (o.name().equals(s)) {
                return o;
            }
        }
        return null;
    }
}
