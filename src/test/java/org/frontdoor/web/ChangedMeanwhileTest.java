package org.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ChangedMeanwhileTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void namesWhoSavedAndTheTimeInLondonToday() {
        Instant saved = Instant.parse("2026-07-01T09:42:00Z");
        assertThat(ChangedMeanwhile.message("this plan", "Kwame Osei", saved, LONDON,
                Instant.parse("2026-07-01T10:00:00Z")))
                .startsWith("Kwame Osei changed this plan at 10:42 while you were working. Nothing was saved")
                .endsWith("Check it against what Kwame Osei saved, then save again");
    }

    @Test
    void givesTheDayWhenItWasNotToday() {
        assertThat(ChangedMeanwhile.message("this target", "Tom Turner", Instant.parse("2026-01-30T23:30:00Z"),
                LONDON, Instant.parse("2026-02-02T09:00:00Z")))
                .startsWith("Tom Turner changed this target at 23:30 on 30 January 2026 while");
    }

    @Test
    void aChangeWithNoRecordedAuthorSaysSomeoneElse() {
        assertThat(ChangedMeanwhile.message("this plan", null, null, LONDON, Instant.now()))
                .startsWith("Someone else changed this plan while you were working");
    }
}
