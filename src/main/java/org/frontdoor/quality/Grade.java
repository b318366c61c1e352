package org.frontdoor.quality;

/** Ofsted's four-point scale, as case file audits use it; "not applicable" only for a single question. */
public enum Grade {
    OUTSTANDING("Outstanding", "govuk-tag--green"),
    GOOD("Good", "govuk-tag--turquoise"),
    REQUIRES_IMPROVEMENT("Requires improvement", "govuk-tag--orange"),
    INADEQUATE("Inadequate", "govuk-tag--red"),
    NOT_APPLICABLE("Not applicable", "govuk-tag--grey");

    private final String label;
    private final String tag;

    Grade(String label, String tag) {
        this.label = label;
        this.tag = tag;
    }

    public String label() {
        return label;
    }

    public String tag() {
        return tag;
    }

    /** Requires improvement or inadequate: the grades that make a theme. */
    public boolean isPoor() {
        return this == REQUIRES_IMPROVEMENT || this == INADEQUATE;
    }

    /** The grades an overall judgement may take. */
    public static Grade[] overall() {
        return new Grade[] {OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE};
    }

    static Grade parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
