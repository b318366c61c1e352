package org.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RecordedMeanwhileTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void namesWhoTookTheStepAndWhenAndDoesNotInviteSavingAgain() {
        String message = RecordedMeanwhile.message("recorded this strategy discussion", "it cannot be recorded again",
                "Jo Okafor", Instant.parse("2026-07-01T09:42:00Z"), LONDON, Instant.parse("2026-07-01T10:00:00Z"));
        assertThat(message)
                .startsWith("Jo Okafor recorded this strategy discussion at 10:42 while you were working, so it "
                        + "cannot be recorded again. Nothing you entered was saved")
                .doesNotContain("save again");
    }

    @Test
    void givesTheDayWhenItWasNotTodayAndSaysSomeoneElseWithoutAName() {
        assertThat(RecordedMeanwhile.happened("ended this episode", null, Instant.parse("2026-01-30T23:30:00Z"),
                LONDON, Instant.parse("2026-02-02T09:00:00Z")))
                .isEqualTo("Someone else ended this episode at 23:30 on 30 January 2026 while you were working");
        assertThat(RecordedMeanwhile.happened("signed off this closure", " ", null, LONDON, Instant.now()))
                .isEqualTo("Someone else signed off this closure while you were working");
    }
}
