package org.frontdoor.performance;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontdoor.performance.Indicator.Polarity;
import org.junit.jupiter.api.Test;

class RagStatusTest {

    @Test
    void higherIsBetterMissesByMoreThanTheToleranceIsRed() {
        assertThat(RagStatus.of(95.0, 95.0, 5, Polarity.HIGHER_IS_BETTER)).isEqualTo(RagStatus.GREEN);
        assertThat(RagStatus.of(90.0, 95.0, 5, Polarity.HIGHER_IS_BETTER)).isEqualTo(RagStatus.AMBER);
        assertThat(RagStatus.of(89.9, 95.0, 5, Polarity.HIGHER_IS_BETTER)).isEqualTo(RagStatus.RED);
    }

    @Test
    void lowerIsBetterTurnsTheOtherWay() {
        assertThat(RagStatus.of(20.0, 20.0, 2, Polarity.LOWER_IS_BETTER)).isEqualTo(RagStatus.GREEN);
        assertThat(RagStatus.of(22.0, 20.0, 2, Polarity.LOWER_IS_BETTER)).isEqualTo(RagStatus.AMBER);
        assertThat(RagStatus.of(22.1, 20.0, 2, Polarity.LOWER_IS_BETTER)).isEqualTo(RagStatus.RED);
    }

    @Test
    void noTargetOrNoFigureIsNotJudgedAndAVolumeIsNeverRed() {
        assertThat(RagStatus.of(50.0, null, 5, Polarity.HIGHER_IS_BETTER)).isEqualTo(RagStatus.NONE);
        assertThat(RagStatus.of(null, 50.0, 5, Polarity.HIGHER_IS_BETTER)).isEqualTo(RagStatus.NONE);
        assertThat(RagStatus.of(500.0, 100.0, 5, Polarity.NEUTRAL)).isEqualTo(RagStatus.AMBER);
    }

    @Test
    void directionOfTravelSaysWhetherTheChangeIsForTheBetter() {
        assertThat(Scorecard.direction(20.0, 25.0, Polarity.LOWER_IS_BETTER)).isEqualTo("Up, worsening");
        assertThat(Scorecard.direction(80.0, 85.0, Polarity.HIGHER_IS_BETTER)).isEqualTo("Up, improving");
        assertThat(Scorecard.direction(80.0, 80.04, Polarity.HIGHER_IS_BETTER)).isEqualTo("No change");
        assertThat(Scorecard.direction(null, 80.0, Polarity.NEUTRAL)).isEqualTo("No earlier figure to compare");
    }
}
