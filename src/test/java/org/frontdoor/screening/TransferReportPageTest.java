package org.frontdoor.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferReportPageTest {

    static final YearMonth NOW = YearMonth.of(2026, 5);

    @Test
    void acceptsAPastOrCurrentYearAndMonth() {
        assertThat(TransferReportPage.fromError("2026-05", NOW)).isEmpty();
        assertThat(TransferReportPage.fromError(" 2001-03 ", NOW)).isEmpty();
        assertThat(TransferReportPage.fromError(null, NOW)).isEmpty();
    }

    @Test
    void saysWhatIsWrongWithABadMonth() {
        assertThat(TransferReportPage.fromError("05/2026", NOW)).contains(
                "Enter the first month as a year and month, for example 2025-04");
        assertThat(TransferReportPage.fromError("2026-00", NOW)).contains(
                "The first month must be a real month, for example 2025-04");
        assertThat(TransferReportPage.fromError("2026-06", NOW)).contains(
                "The first month must be this month or in the past");
    }

    @Test
    void theTallestBarIsTheLongestMedianAndAMonthWithNothingAcceptedHasNoBar() {
        var page = TransferReportPage.of(YearMonth.of(2001, 3), List.of(
                new TransferReport.Row(LocalDate.of(2001, 3, 1), DecisionOutcome.Team.ASSESSMENT, 2, 2, 12.0, 12.0, 0),
                new TransferReport.Row(LocalDate.of(2001, 4, 1), DecisionOutcome.Team.EARLY_HELP, 2, 2, 6.0, 9.2, 0)));
        assertThat(page.bars()).hasSize(24);
        assertThat(page.bars().get(0).height()).isEqualTo(TransferReportPage.CHART_HEIGHT);
        assertThat(page.bars().get(12 + 1).height()).isEqualTo(TransferReportPage.CHART_HEIGHT / 2);
        assertThat(page.bars().get(1).height()).isZero();
        assertThat(page.chartMaxLabel()).isEqualTo("12.0");
        assertThat(page.teams().get(1).lines().get(1).p90()).isEqualTo("9.2");
    }
}
