package org.frontdoor.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.DefaultApplicationArguments;

class DemoArgumentsTest {

    private static final DemoProperties DEFAULTS = new DemoProperties(true, 2, DemoOptions.Size.MEDIUM, 20261123);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void readsEveryOption() {
        DemoArguments parsed = parse("generate", "--years=5", "--size=LARGE", "--seed=-42", "--until=2025-03-31",
                "--reset");
        assertThat(parsed.options()).isEqualTo(new DemoOptions(-42, 5, DemoOptions.Size.LARGE,
                LocalDate.of(2025, 3, 31)));
        assertThat(parsed.reset()).isTrue();
    }

    @Test
    void takesTheSettingsAndTodayForWhatIsLeftOut() {
        DemoArguments parsed = parse("generate", "--spring.main.banner-mode=off");
        assertThat(parsed.options()).isEqualTo(new DemoOptions(20261123, 2, DemoOptions.Size.MEDIUM, TODAY));
        assertThat(parsed.reset()).isFalse();
    }

    @Test
    void isRequestedOnlyByTheWordGenerate() {
        assertThat(DemoArguments.requested(new DefaultApplicationArguments("generate", "--years=1"))).isTrue();
        assertThat(DemoArguments.requested(new DefaultApplicationArguments("--generate"))).isFalse();
        assertThat(DemoArguments.requested(new DefaultApplicationArguments())).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--years=0          | --years=0 is not allowed: it must be a whole number from 1 to 10",
            "--years=five       | --years=five is not allowed: it must be a whole number from 1 to 10",
            "--years            | --years needs one value",
            "--size=huge        | --size=huge is not allowed: it must be small, medium or large",
            "--seed=1.5         | --seed=1.5 is not allowed: it must be a whole number",
            "--until=2026-13-01 | --until=2026-13-01 is not allowed: it must be a date written YYYY-MM-DD",
            "--until=2026-11-24 | not after today (2026-11-23)",
            "--reset=yes        | --reset takes no value",
            "--yeras=5          | unknown option --yeras"})
    void saysWhichValueIsWrongAndWhatIsAllowed(String option, String message) {
        assertThatThrownBy(() -> parse("generate", option)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    private static DemoArguments parse(String... args) {
        return DemoArguments.parse(new DefaultApplicationArguments(args), DEFAULTS, TODAY);
    }
}
