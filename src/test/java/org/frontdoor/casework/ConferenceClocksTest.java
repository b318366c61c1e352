package org.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.frontdoor.calendar.ClockStatus;
import org.frontdoor.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

class ConferenceClocksTest {

    final WorkingCalendar calendar = WorkingCalendar.englandAndWales();

    @Test
    void theInitialConferenceIsDueFifteenWorkingDaysAfterTheStrategyDiscussionSkippingBankHolidays() {
        // Friday 1 May 2026: the early May (4 May) and spring (25 May) bank holidays both fall inside the 15 days.
        assertThat(ConferenceClocks.icpcDue(LocalDate.of(2026, 5, 1), calendar)).isEqualTo(LocalDate.of(2026, 5, 26));
        // Without a bank holiday: Monday 2 March 2026 + 15 working days = Monday 23 March.
        assertThat(ConferenceClocks.icpcDue(LocalDate.of(2026, 3, 2), calendar)).isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void theFirstReviewConferenceIsDueThreeMonthsAfterTheInitialConference() {
        assertThat(ConferenceClocks.reviewConferenceDue(LocalDate.of(2026, 1, 15), null))
                .isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void aThreeMonthClockFromTheEndOfNovemberEndsOnTheLastDayOfFebruary() {
        assertThat(ConferenceClocks.reviewConferenceDue(LocalDate.of(2025, 11, 30), null))
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(ConferenceClocks.reviewConferenceDue(LocalDate.of(2027, 11, 30), null))
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void laterReviewConferencesAreDueSixMonthsAfterTheLastReview() {
        LocalDate icpc = LocalDate.of(2026, 1, 15);
        assertThat(ConferenceClocks.reviewConferenceDue(icpc, LocalDate.of(2026, 4, 10)))
                .isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(ConferenceClocks.reviewConferenceDue(icpc, LocalDate.of(2026, 8, 31)))
                .isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void childInNeedPlansAreReviewedEveryThreeMonthsFromTheStartThenFromEachReview() {
        assertThat(ConferenceClocks.cinReviewDue(LocalDate.of(2026, 5, 31), null)).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(ConferenceClocks.cinReviewDue(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 11, 30)))
                .isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aConferenceHeldOnItsDueDayIsOnTimeAndTheDayAfterIsLate() {
        LocalDate due = LocalDate.of(2026, 5, 26);
        assertThat(ConferenceClocks.status(due, due, null)).isEqualTo(ClockStatus.MET);
        assertThat(ConferenceClocks.status(due, due.plusDays(1), null)).isEqualTo(ClockStatus.MET_LATE);
        assertThat(ConferenceClocks.status(due, null, due)).isEqualTo(ClockStatus.DUE_SOON);
        assertThat(ConferenceClocks.status(due, null, due.plusDays(1))).isEqualTo(ClockStatus.OVERDUE);
        assertThat(ConferenceClocks.status(due, null, due.minusDays(20))).isEqualTo(ClockStatus.ON_TIME);
    }
}
