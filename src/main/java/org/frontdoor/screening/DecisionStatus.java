package org.frontdoor.screening;

/** Where a decision stands: it takes effect only when a manager has signed it off. */
public enum DecisionStatus {
    AWAITING_OVERSIGHT("Awaiting oversight", "govuk-tag--yellow"),
    RETURNED("Returned by manager", "govuk-tag--red"),
    SIGNED_OFF("Signed off", "govuk-tag--green");

    private final String label;
    private final String tag;

    DecisionStatus(String label, String tag) {
        this.label = label;
        this.tag = tag;
    }

    public String label() {
        return label;
    }

    public String tag() {
        return tag;
    }
}
