package org.frontdoor.performance;

/**
 * One Vital Signs indicator, defined in code so that its meaning and its query travel together. The query returns
 * one row per child, contact or event behind the figure (see {@link Indicators} for the columns), so the figure and
 * its drill-down list are the same rows and cannot disagree.
 *
 * @param tolerance how far from target (in the indicator's unit) is still amber rather than red, unless the analyst
 *                  sets another
 */
public record Indicator(String id, String area, String name, String definition, String numerator, String denominator,
                        Polarity polarity, Unit unit, double tolerance, String rowsSql) {

    /** Which way is better; NEUTRAL indicators (volumes) are watched, not judged, unless a target is set. */
    public enum Polarity {
        HIGHER_IS_BETTER("Higher is better"), LOWER_IS_BETTER("Lower is better"), NEUTRAL("Neither higher nor lower is better");

        private final String label;

        Polarity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How the rows become a figure. */
    public enum Unit {
        /** The number of rows. */
        COUNT("number", ""),
        /** Rows per 10,000 children aged 0 to 17 in the local authority. */
        PER_10K("per 10,000 children", ""),
        /** Rows counted in the numerator as a percentage of all rows. */
        PERCENT("percentage", "%"),
        /** The median of the rows' values, in hours. */
        MEDIAN_HOURS("median hours", " hours");

        private final String label;
        private final String suffix;

        Unit(String label, String suffix) {
            this.label = label;
            this.suffix = suffix;
        }

        public String label() {
            return label;
        }

        public String suffix() {
            return suffix;
        }
    }

    public boolean percent() {
        return unit == Unit.PERCENT;
    }
}
