package org.frontdoor.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.quality.Grade.GOOD;
import static org.frontdoor.quality.Grade.INADEQUATE;
import static org.frontdoor.quality.Grade.OUTSTANDING;
import static org.frontdoor.quality.Grade.REQUIRES_IMPROVEMENT;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModerationAgreementTest {

    @Test
    void agreementRateByAuditorAndTheGradesThatMoved() {
        List<ModerationAgreement.Moderated> known = List.of(
                new ModerationAgreement.Moderated("Ann", "Bea", GOOD, GOOD),
                new ModerationAgreement.Moderated("Ann", "Bea", GOOD, REQUIRES_IMPROVEMENT),
                new ModerationAgreement.Moderated("Ann", "Bea", GOOD, REQUIRES_IMPROVEMENT),
                new ModerationAgreement.Moderated("Ann", "Cal", INADEQUATE, INADEQUATE),
                new ModerationAgreement.Moderated("Bea", "Ann", REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT),
                new ModerationAgreement.Moderated("Bea", "Ann", GOOD, GOOD),
                new ModerationAgreement.Moderated("Bea", "Cal", REQUIRES_IMPROVEMENT, GOOD),
                new ModerationAgreement.Moderated("Cal", "Ann", OUTSTANDING, OUTSTANDING));
        ModerationAgreement.Report report = ModerationAgreement.of(known);
        assertThat(report.overall()).isEqualTo(new ModerationAgreement.Rate("All auditors", 8, 5));
        assertThat(report.overall().percent()).isEqualTo(63);
        assertThat(report.byAuditor()).containsExactly(new ModerationAgreement.Rate("Ann", 4, 2),
                new ModerationAgreement.Rate("Bea", 3, 2), new ModerationAgreement.Rate("Cal", 1, 1));
        assertThat(report.moves()).containsExactly(new ModerationAgreement.Move(GOOD, REQUIRES_IMPROVEMENT, 2),
                new ModerationAgreement.Move(REQUIRES_IMPROVEMENT, GOOD, 1));
        assertThat(report.moves().get(0).up()).isFalse();
        assertThat(report.moves().get(1).up()).isTrue();
    }

    @Test
    void noModerationMeansNoAgreementFigureToBoast() {
        assertThat(ModerationAgreement.of(List.of()).overall().percent()).isZero();
    }
}
