package org.frontdoor.performance;

/** What the analyst has set for an indicator; any value may be unset (null), never read as zero. */
public record Target(String indicatorId, Double target, Double tolerance, Double national, Double statisticalNeighbours,
                     String comparatorYear) {

    public static Target none(String indicatorId) {
        return new Target(indicatorId, null, null, null, null, null);
    }

    /** The analyst's tolerance, or the indicator's own. */
    public double toleranceOr(double fallback) {
        return tolerance == null ? fallback : tolerance;
    }
}
