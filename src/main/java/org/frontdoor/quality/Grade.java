package org.frontdoor.quality;

/** Ofsted's four-point scale, as case file audits use it; "not applicable" only for a single question. */
public enum Grade {
    OUTSTANDING("Outstanding", "govuk-tag--green", "#00703c"),
    GOOD("Good", "govuk-tag--turquoise", "#28a197"),
    REQUIRES_IMPROVEMENT("Requires improvement", "govuk-tag--orange", "#f47738"),
    INADEQUATE("Inadequate", "govuk-tag--red", "#d4351c"),
    NOT_APPLICABLE("Not applicable", "govuk-tag--grey", "#b1b4b6");

    private final String label;
    private final String tag;
    private final String colour;

    Grade(String label, String tag, String colour) {
        this.label = label;
        this.tag = tag;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String tag() {
        return tag;
    }

    /** The GOV.UK colour of the grade's tag, for the charts' bars. */
    public String colour() {
        return colour;
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
