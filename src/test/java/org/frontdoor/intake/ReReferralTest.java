package org.frontdoor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReReferralTest {

    static final LocalDate CONTACT = LocalDate.of(2026, 11, 23);

    @Test
    void aReferral364DaysAfterAnotherIsARereferralAnd366DaysIsNot() {
        assertThat(ReReferral.isReReferral(CONTACT.minusDays(364), CONTACT)).isTrue();
        assertThat(ReReferral.isReReferral(CONTACT.minusDays(366), CONTACT)).isFalse();
    }

    @Test
    void theSameDayOrALaterReferralDoesNotCount() {
        assertThat(ReReferral.isReReferral(CONTACT, CONTACT)).isFalse();
        assertThat(ReReferral.isReReferral(CONTACT.plusDays(3), CONTACT)).isFalse();
    }

    @Test
    void theLatestQualifyingReferralIsReported() {
        assertThat(ReReferral.previousWithin12Months(List.of(CONTACT.minusDays(400), CONTACT.minusDays(300),
                CONTACT.minusDays(20)), CONTACT)).contains(CONTACT.minusDays(20));
        assertThat(ReReferral.previousWithin12Months(List.of(CONTACT.minusDays(400)), CONTACT)).isEmpty();
    }
}
