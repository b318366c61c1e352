package org.frontdoor.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The scorecard counts shared rows in one pass; each indicator's list must stay the shared rows it includes. */
class SharedRowsTest {

    @Test
    void everySharedIndicatorListsTheSharedRowsWhereItsConditionHolds() {
        SharedRows rows = new SharedRows("select c.id, /*columns*/ from contact c where c.open and /*where*/");
        String police = rows.member("police", "c.source_code = '6'", "true");
        rows.member("consent", "true", "c.consent <> 'NOT_SOUGHT'");
        assertThat(police).isEqualTo("select c.id, (true) as num from contact c where c.open and (c.source_code = '6')");
        assertThat(rows.ids()).containsExactly("police", "consent");
        assertThat(rows.combined()).isEqualTo("select c.id, true as num, (c.source_code = '6') as inc_0, (true) as num_0, "
                + "(true) as inc_1, (c.consent <> 'NOT_SOUGHT') as num_1 from contact c where c.open and "
                + "((c.source_code = '6') or (true))");
    }

    @Test
    void rowsWithoutTheMarkersAreRefused() {
        assertThatThrownBy(() -> new SharedRows("select 1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everySharedMemberIsACountOrPercentageIndicatorOverThoseRows() {
        Map<String, Indicator> byId = Indicators.ALL.stream()
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
        for (SharedRows shared : Indicators.SHARED) {
            for (String id : shared.ids()) {
                assertThat(byId).as(id).containsKey(id);
                // One pass counts rows and numerators; a median needs its own query.
                assertThat(byId.get(id).unit()).as(id).isNotEqualTo(Indicator.Unit.MEDIAN_HOURS);
                assertThat(byId.get(id).rowsSql()).as(id).doesNotContain(SharedRows.COLUMNS, SharedRows.WHERE);
            }
        }
    }
}
