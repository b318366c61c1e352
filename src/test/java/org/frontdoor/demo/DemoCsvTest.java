package org.frontdoor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoCsvTest {

    @Test
    void writesValuesAsPostgresCopyReadsThem() {
        assertThat(DemoCsv.line(12L, "Ava", null, LocalDate.of(2019, 3, 4), true, false,
                Instant.parse("2024-07-01T08:05:09Z")))
                .isEqualTo("12,Ava,,2019-03-04,t,f,2024-07-01 08:05:09+00");
    }

    @Test
    void quotesTextThatWouldOtherwiseBreakTheLine() {
        assertThat(DemoCsv.line("Flat 3, Tamar Court", "said \"no\"", "two\nlines", ""))
                .isEqualTo("\"Flat 3, Tamar Court\",\"said \"\"no\"\"\",\"two\nlines\",\"\"");
    }
}
