package org.frontdoor.performance;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/** The month a scorecard or report ends with, as typed (YYYY-MM). By default the last complete month. */
public final class ReportMonth {

    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private ReportMonth() {
    }

    public static Optional<String> error(String typed, YearMonth thisMonth) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        if (!YEAR_MONTH.matcher(typed.strip()).matches()) {
            return Optional.of("Enter the month as a year and month, for example 2025-04");
        }
        try {
            YearMonth m = YearMonth.parse(typed.strip());
            if (m.isAfter(thisMonth)) {
                return Optional.of("The month must be this month or in the past");
            }
            if (m.getYear() < 2000) {
                return Optional.of("The month must be in 2000 or later");
            }
        } catch (DateTimeException e) {
            return Optional.of("The month must be a real month, for example 2025-04");
        }
        return Optional.empty();
    }

    /** The month typed, or the last complete month when nothing (or something wrong) was typed. */
    public static YearMonth orDefault(String typed, YearMonth thisMonth) {
        return typed == null || typed.isBlank() || error(typed, thisMonth).isPresent()
                ? thisMonth.minusMonths(1) : YearMonth.parse(typed.strip());
    }
}
