package org.frontdoor.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class InformationRequestDueTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2026-03-10T09:00:30Z");

    @Test
    void answersAreDueTwoHoursBeforeTheScreeningDeadline() {
        assertThat(InformationRequestDue.suggested(Instant.parse("2026-03-11T09:00:00Z"), NOW))
                .isEqualTo(Instant.parse("2026-03-11T07:00:00Z"));
    }

    @Test
    void aDeadlineNearOrPastStillGivesPartnersAnHourRoundedUpToTheMinute() {
        assertThat(InformationRequestDue.suggested(Instant.parse("2026-03-10T10:30:00Z"), NOW))
                .isEqualTo(Instant.parse("2026-03-10T10:01:00Z"));
        assertThat(InformationRequestDue.suggested(Instant.parse("2026-03-01T10:00:00Z"), NOW))
                .isEqualTo(Instant.parse("2026-03-10T10:01:00Z"));
    }

    @Test
    void withoutADeadlineTheAnswerIsDueTheSameDay() {
        assertThat(InformationRequestDue.suggested(null, NOW)).isEqualTo(Instant.parse("2026-03-10T13:01:00Z"));
    }

    @Test
    void readsTheDateAndTimeAsTypedInTheServicesTimeZone() {
        // 1 July is in British Summer Time: 14:05 in London is 13:05 UTC.
        assertThat(InformationRequestDue.parse("Due", "1", "7", "2026", "14.05", LONDON).at())
                .isEqualTo(Instant.parse("2026-07-01T13:05:00Z"));
        assertThat(InformationRequestDue.parse("Due", "1", "7", "2026", "0905", LONDON).at())
                .isEqualTo(Instant.parse("2026-07-01T08:05:00Z"));
    }

    @Test
    void saysWhatIsWrongInWords() {
        assertThat(InformationRequestDue.parse("Due", "", "", "", "", LONDON)).isEqualTo(
                new InformationRequestDue.Parsed(null, null));
        assertThat(InformationRequestDue.parse("The due date", "1", "", "2026", "10:00", LONDON).problem())
                .isEqualTo("The due date must include a day, month and year");
        assertThat(InformationRequestDue.parse("The due date", "31", "2", "2026", "10:00", LONDON).problem())
                .isEqualTo("The due date must be a real date");
        assertThat(InformationRequestDue.parse("The due date", "1", "2", "26", "10:00", LONDON).problem())
                .isEqualTo("Year must include 4 numbers");
        assertThat(InformationRequestDue.parse("The due date", "1", "2", "2026", "25:00", LONDON).problem())
                .isEqualTo("Enter the time, like 09:30 or 14:05");
    }
}
