package org.frontdoor.performance;

/** Red, amber or green against the target; NONE when there is no target or no figure to judge. */
public enum RagStatus {
    RED("Red", "govuk-tag--red"), AMBER("Amber", "govuk-tag--yellow"), GREEN("Green", "govuk-tag--green"),
    NONE("No target", "govuk-tag--grey");

    private final String label;
    private final String tagClass;

    RagStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }

    /**
     * Meeting the target is green; missing it by no more than the tolerance is amber; further is red. A neutral
     * indicator (a volume) is green within tolerance of its target either way and amber outside, never red.
     */
    public static RagStatus of(Double value, Double target, double tolerance, Indicator.Polarity polarity) {
        if (value == null || target == null) {
            return NONE;
        }
        return switch (polarity) {
            case HIGHER_IS_BETTER -> value >= target ? GREEN : value >= target - tolerance ? AMBER : RED;
            case LOWER_IS_BETTER -> value <= target ? GREEN : value <= target + tolerance ? AMBER : RED;
            case NEUTRAL -> Math.abs(value - target) <= tolerance ? GREEN : AMBER;
        };
    }
}
