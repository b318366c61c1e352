package org.frontdoor.screening;

/** The three sides of the Assessment Framework triangle, under which a threshold document groups its indicators. */
public enum ThresholdDomain {
    CHILD_DEVELOPMENT("The child's developmental needs"),
    PARENTING_CAPACITY("Parenting capacity"),
    FAMILY_ENVIRONMENT("Family and environmental factors");

    private final String label;

    ThresholdDomain(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
