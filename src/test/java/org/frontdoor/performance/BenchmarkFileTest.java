package org.frontdoor.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkFileTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    static BenchmarkFile.Read read(String name, String text) {
        return BenchmarkFile.read(name, text.getBytes(StandardCharsets.UTF_8), JSON);
    }

    @Test
    void whatOneAuthorityPublishesAnotherReadsBackAsCsvOrJson() throws Exception {
        List<BenchmarkFile.Figure> published = List.of(
                new BenchmarkFile.Figure("Ashby, Town & County", OCTOBER, "re-referrals", new BigDecimal("21.4")),
                new BenchmarkFile.Figure("Ashby, Town & County", OCTOBER, "referrals-per-10000", null));
        assertThat(read("ashby.csv", BenchmarkFile.csv(published)).figures()).isEqualTo(published);
        assertThat(read("ashby.json", BenchmarkFile.json(published, JSON)).figures()).isEqualTo(published);
        assertThat(BenchmarkFile.csv(published)).startsWith("local_authority,period,indicator_id,indicator,unit,value")
                .contains("\"Ashby, Town & County\",2026-10,re-referrals,Re-referrals within 12 months,percentage,21.4");
    }

    @Test
    void aFileWithMistakesSaysWhereAndGivesNoFigures() {
        BenchmarkFile.Read read = read("x.csv", """
                local_authority,period,indicator_id,value
                Ashby,2026-10,re-referrals,21.4
                Ashby,October 2026,referrals-per-10000,400
                Ashby,2026-10,contacts,1200
                Ashby,2026-10,referrals-nfa,lots
                """);
        assertThat(read.figures()).isEmpty();
        assertThat(read.errors()).containsExactly(
                "Line 3: the period must be a year and month, for example 2025-04",
                "Line 4: 'contacts' is not one of the headline indicators",
                "Line 5: the value must be a number, or blank when there is no figure");
    }

    @Test
    void aFileHoldsOneAuthorityForOneMonthEachIndicatorOnce() {
        assertThat(read("x.csv", """
                local_authority,period,indicator_id,value
                Ashby,2026-10,re-referrals,21.4
                Barwick,2026-10,re-referrals,19.0
                """).errors()).containsExactly("A file must hold one local authority's figures for one month");
        assertThat(read("x.csv", """
                local_authority,period,indicator_id,value
                Ashby,2026-10,re-referrals,21.4
                Ashby,2026-10,re-referrals,19.0
                """).errors()).containsExactly("The file gives re-referrals more than once");
        assertThat(read("x.csv", "name,value\nAshby,3\n").errors()).hasSize(1).first().asString()
                .startsWith("The first line must name the columns");
        assertThat(read("x.json", "{not json").errors()).containsExactly("The file is not valid JSON");
        assertThat(read("x.csv", "").errors()).containsExactly("The file is empty");
    }
}
