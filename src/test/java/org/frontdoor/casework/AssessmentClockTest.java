package org.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.frontdoor.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

class AssessmentClockTest {

    final AssessmentClock clock = new AssessmentClock(WorkingCalendar.englandAndWales());

    // Referral Monday 3 March 2025. Nine plain weeks would end on Monday 5 May, but Good Friday (18 April),
    // Easter Monday (21 April) and the early May bank holiday (5 May) push day 45 to Thursday 8 May.
    final LocalDate referral = LocalDate.of(2025, 3, 3);

    @Test
    void dueFortyFiveWorkingDaysAfterTheReferralSkippingWeekendsAndBankHolidays() {
        assertThat(clock.dueOn(referral)).isEqualTo(LocalDate.of(2025, 5, 8));
    }

    @Test
    void aReferralAtTheWeekendCountsFromTheNextWorkingDay() {
        // Saturday 1 March: Monday 3 March is working day 1, so day 45 is the working day before 8 May.
        assertThat(clock.dueOn(LocalDate.of(2025, 3, 1))).isEqualTo(LocalDate.of(2025, 5, 7));
    }

    @Test
    void interimCheckpointsFallOnWorkingDaysTenAndTwentyFive() {
        var checkpoints = clock.checkpoints(referral, LocalDate.of(2025, 3, 18), null);
        assertThat(checkpoints).extracting(AssessmentClock.Checkpoint::dueOn)
                .containsExactly(LocalDate.of(2025, 3, 17), LocalDate.of(2025, 4, 7));
        assertThat(checkpoints).extracting(AssessmentClock.Checkpoint::held).containsExactly(true, false);
    }

    @Test
    void anOpenAssessmentIsOnTrackThenDueSoonThenOverdue() {
        LocalDate due = clock.dueOn(referral);
        var early = clock.read(referral, due, null, LocalDate.of(2025, 3, 10));
        assertThat(early.status()).isEqualTo(AssessmentClock.Status.ON_TRACK);
        assertThat(early.workingDaysUsed()).isEqualTo(5);
        // Thursday 1 May: 2 May, 6, 7 and 8 May are left (5 May is a bank holiday).
        var soon = clock.read(referral, due, null, LocalDate.of(2025, 5, 1));
        assertThat(soon.status()).isEqualTo(AssessmentClock.Status.DUE_SOON);
        assertThat(soon.workingDaysLeft()).isEqualTo(4);
        assertThat(clock.read(referral, due, null, due).status()).isEqualTo(AssessmentClock.Status.DUE_SOON);
        var late = clock.read(referral, due, null, LocalDate.of(2025, 5, 12));
        assertThat(late.status()).isEqualTo(AssessmentClock.Status.OVERDUE);
        assertThat(late.workingDaysLeft()).isEqualTo(-2);
        assertThat(late.workingDaysUsed()).isEqualTo(47);
    }

    @Test
    void aCompletedAssessmentIsOnTimeOrLateWhateverTheDayNow() {
        LocalDate due = clock.dueOn(referral);
        var onTime = clock.read(referral, due, due, LocalDate.of(2026, 1, 5));
        assertThat(onTime.status()).isEqualTo(AssessmentClock.Status.COMPLETED_ON_TIME);
        assertThat(onTime.workingDaysUsed()).isEqualTo(45);
        var late = clock.read(referral, due, LocalDate.of(2025, 5, 9), LocalDate.of(2026, 1, 5));
        assertThat(late.status()).isEqualTo(AssessmentClock.Status.COMPLETED_LATE);
        assertThat(late.workingDaysUsed()).isEqualTo(46);
    }
}
