package org.frontdoor.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InformationRequestStatusTest {

    static final Instant DUE = Instant.parse("2026-03-10T12:00:00Z");

    @Test
    void unansweredIsAwaitingUntilTheDueTimeThenLate() {
        assertThat(InformationRequestStatus.of(DUE, null, DUE)).isEqualTo(InformationRequestStatus.AWAITING);
        assertThat(InformationRequestStatus.of(DUE, null, DUE.plusSeconds(1))).isEqualTo(InformationRequestStatus.LATE);
    }

    @Test
    void anAnswerAfterTheDueTimeStaysMarkedLate() {
        Instant muchLater = DUE.plusSeconds(86_400);
        assertThat(InformationRequestStatus.of(DUE, DUE, muchLater)).isEqualTo(InformationRequestStatus.ANSWERED);
        assertThat(InformationRequestStatus.of(DUE, DUE.plusSeconds(60), muchLater))
                .isEqualTo(InformationRequestStatus.ANSWERED_LATE);
        assertThat(InformationRequestStatus.ANSWERED_LATE.label()).isEqualTo("Answered late");
    }
}
