package org.frontdoor.screening;

/** A threshold document version's life: edited as a draft, then in force, then replaced by the next version. */
public enum ThresholdStatus {
    DRAFT("Draft"), PUBLISHED("Published"), RETIRED("Retired");

    private final String label;

    ThresholdStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
