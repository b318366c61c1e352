package org.frontdoor.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The level the ticked indicators point to, and when a chosen level needs a written reason. No Spring. */
class ThresholdGuideTest {

    static final ThresholdIndicator UNIVERSAL = new ThresholdIndicator(11, ThresholdDomain.CHILD_DEVELOPMENT,
            "Needs met by universal services");
    static final ThresholdIndicator ATTENDANCE = new ThresholdIndicator(21, ThresholdDomain.CHILD_DEVELOPMENT,
            "Attendance below 90%");
    static final ThresholdIndicator ROUTINES = new ThresholdIndicator(22, ThresholdDomain.PARENTING_CAPACITY,
            "Parent needing support with routines and boundaries");
    static final ThresholdIndicator SUBSTANCES = new ThresholdIndicator(31, ThresholdDomain.PARENTING_CAPACITY,
            "Parent's substance misuse affecting care of the child");
    static final ThresholdIndicator MARAC = new ThresholdIndicator(41, ThresholdDomain.FAMILY_ENVIRONMENT,
            "Domestic abuse with a child present and high risk (MARAC)");

    static final ThresholdVersion V = new ThresholdVersion(1, "Test continuum", null, ThresholdStatus.PUBLISHED, List.of(
            new ThresholdLevel(1, 1, "Universal", "d", List.of(UNIVERSAL)),
            new ThresholdLevel(2, 2, "Early help", "d", List.of(ATTENDANCE, ROUTINES)),
            new ThresholdLevel(3, 3, "Child in need (s17)", "d", List.of(SUBSTANCES)),
            new ThresholdLevel(4, 4, "Child protection (s47)", "d", List.of(MARAC))));

    @Test
    void nothingTickedPointsToUniversalServices() {
        assertThat(ThresholdGuide.suggestedLevel(List.of(), V)).isEqualTo(1);
        assertThat(ThresholdGuide.suggestedLevel(List.of(UNIVERSAL), V)).isEqualTo(1);
    }

    @Test
    void theHighestTickedLevelWinsWhateverTheOrder() {
        assertThat(ThresholdGuide.suggestedLevel(List.of(ATTENDANCE, ROUTINES), V)).isEqualTo(2);
        assertThat(ThresholdGuide.suggestedLevel(List.of(ATTENDANCE, SUBSTANCES), V)).isEqualTo(3);
        assertThat(ThresholdGuide.suggestedLevel(List.of(MARAC, ATTENDANCE, UNIVERSAL), V)).isEqualTo(4);
    }

    @Test
    void aChosenLevelOtherThanTheSuggestedOneDepartsEitherWay() {
        List<ThresholdIndicator> ticked = List.of(ATTENDANCE, SUBSTANCES);
        assertThat(ThresholdGuide.departsFrom(3, ticked, V)).isFalse();
        assertThat(ThresholdGuide.departsFrom(2, ticked, V)).as("stepping down").isTrue();
        assertThat(ThresholdGuide.departsFrom(4, ticked, V)).as("stepping up").isTrue();
        assertThat(ThresholdGuide.departsFrom(1, List.of(), V)).isFalse();
        assertThat(ThresholdGuide.departsFrom(2, List.of(), V)).isTrue();
    }

    @Test
    void anIndicatorFromAnotherVersionOrALevelOutsideOneToFourIsRefused() {
        ThresholdIndicator elsewhere = new ThresholdIndicator(999, ThresholdDomain.CHILD_DEVELOPMENT, "Other version");
        assertThatThrownBy(() -> ThresholdGuide.suggestedLevel(List.of(ATTENDANCE, elsewhere), V))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
        assertThatThrownBy(() -> ThresholdGuide.departsFrom(0, List.of(), V))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThresholdGuide.departsFrom(5, List.of(), V))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVersionFindsItsIndicatorsAndTheirLevels() {
        assertThat(V.indicator(31)).contains(SUBSTANCES);
        assertThat(V.levelOf(31)).contains(3);
        assertThat(V.indicator(999)).isEmpty();
        assertThat(V.level(2).orElseThrow().indicatorsIn(ThresholdDomain.PARENTING_CAPACITY)).containsExactly(ROUTINES);
    }
}
