package org.frontdoor.screening;

import java.util.Collection;

/**
 * What the threshold document says about the indicators a worker ticked. The document guides, it does not decide:
 * a worker may choose another level, but then must write why, so that departures can be seen and audited (seeds
 * 000 and 001: thresholds applied inconsistently, and interventions that could be managed at a lower level).
 */
public final class ThresholdGuide {

    private ThresholdGuide() {
    }

    /**
     * The level the ticked indicators point to: the highest level with any ticked indicator, or 1 if none is
     * ticked (needs met by universal services).
     *
     * @throws IllegalArgumentException if an indicator is not part of {@code version}: ticks from another version
     *                                  would otherwise be silently ignored
     */
    public static int suggestedLevel(Collection<ThresholdIndicator> ticked, ThresholdVersion version) {
        int level = 1;
        for (ThresholdIndicator indicator : ticked) {
            int at = version.levelOf(indicator.id()).orElseThrow(() -> new IllegalArgumentException(
                    "indicator " + indicator.id() + " is not in threshold version " + version.id()));
            level = Math.max(level, at);
        }
        return level;
    }

    /**
     * Whether the chosen level differs from the suggested one, so the decision needs a written reason.
     *
     * @throws IllegalArgumentException if {@code chosenLevel} is not 1 to 4, or as {@link #suggestedLevel}
     */
    public static boolean departsFrom(int chosenLevel, Collection<ThresholdIndicator> ticked, ThresholdVersion version) {
        if (chosenLevel < 1 || chosenLevel > 4) {
            throw new IllegalArgumentException("a threshold level is 1 to 4, not " + chosenLevel);
        }
        return chosenLevel != suggestedLevel(ticked, version);
    }
}
