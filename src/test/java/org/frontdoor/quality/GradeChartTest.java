package org.frontdoor.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradeChartTest {

    static AuditAnalysis.Row month(String month, int good, int inadequate) {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        counts.put(Grade.GOOD, good);
        counts.put(Grade.INADEQUATE, inadequate);
        return new AuditAnalysis.Row("All templates", month, counts);
    }

    @Test
    void barsStackEachGradeInProportionAndTheTrendSkipsMonthsWithoutAudits() {
        GradeChart chart = GradeChart.of(List.of(month("2026-09", 3, 1), month("2026-10", 0, 0),
                month("2026-11", 1, 1)));

        GradeChart.Bar september = chart.bars().get(0);
        assertThat(september.total()).isEqualTo(4);
        assertThat(september.segments()).extracting(GradeChart.Segment::title)
                .containsExactly("September 2026: 3 Good", "September 2026: 1 Inadequate");
        // The busiest month fills the plot; good is three times inadequate's height, stacked beneath it.
        GradeChart.Segment good = september.segments().get(0), inadequate = september.segments().get(1);
        assertThat(good.height() + inadequate.height()).isEqualTo(chart.bottom() - chart.percentY(100));
        assertThat(good.height()).isBetween(3 * inadequate.height() - 2, 3 * inadequate.height() + 2);
        assertThat(inadequate.y() + inadequate.height()).isEqualTo(good.y());
        assertThat(chart.bars().get(1).segments()).isEmpty();

        assertThat(chart.points()).extracting(GradeChart.Point::percent).containsExactly(75, 50);
        assertThat(chart.trend().split(" ")).hasSize(2);
        assertThat(chart.points().get(1).title()).isEqualTo("November 2026: 50% good or better of 2");
    }
}
