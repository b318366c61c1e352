package org.frontdoor.screening;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Twelve months of transfer figures for each team, and the bar chart of monthly medians. Plain Java. */
public record TransferReportPage(YearMonth first, List<TeamTable> teams, List<Bar> bars, double chartMax) {

    public static final int MONTHS = 12;
    static final int CHART_HEIGHT = 120;
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM", Locale.UK);

    /** A team's month; a month with no transfers has a null row. */
    public record Line(YearMonth month, TransferReport.Row row) {
        public String monthLabel() {
            return MONTH.format(month);
        }

        public String median() {
            return hours(row == null ? null : row.medianHours());
        }

        public String p90() {
            return hours(row == null ? null : row.p90Hours());
        }
    }

    public record TeamTable(DecisionOutcome.Team team, String label, List<Line> lines) {
    }

    /** One bar of the chart, in SVG user units; height 0 when nothing was accepted that month. */
    public record Bar(int x, int y, int height, String fill, String title) {
    }

    /** Month labels under the chart. */
    public record Tick(int x, String label) {
    }

    public static String teamLabel(DecisionOutcome.Team team) {
        return team == DecisionOutcome.Team.ASSESSMENT ? "Assessment team" : "Early help";
    }

    /** Hours to one decimal place, as the table and chart show them; a dash when nothing was accepted. */
    public static String hours(Double h) {
        return h == null ? "–" : String.format(Locale.UK, "%.1f", h);
    }

    /** The first month typed as YYYY-MM, or a GOV.UK-style message saying what is wrong. */
    public static Optional<String> fromError(String typed, YearMonth thisMonth) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        if (!YEAR_MONTH.matcher(typed.strip()).matches()) {
            return Optional.of("Enter the first month as a year and month, for example 2025-04");
        }
        try {
            YearMonth m = YearMonth.parse(typed.strip());
            if (m.isAfter(thisMonth)) {
                return Optional.of("The first month must be this month or in the past");
            }
            if (m.getYear() < 1990) {
                return Optional.of("The first month must be in 1990 or later");
            }
        } catch (DateTimeException e) {
            return Optional.of("The first month must be a real month, for example 2025-04");
        }
        return Optional.empty();
    }

    public static TransferReportPage of(YearMonth first, List<TransferReport.Row> rows) {
        double max = rows.stream().map(TransferReport.Row::medianHours).filter(h -> h != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        List<TeamTable> teams = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        DecisionOutcome.Team[] all = DecisionOutcome.Team.values();
        for (int t = 0; t < all.length; t++) {
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < MONTHS; i++) {
                YearMonth month = first.plusMonths(i);
                DecisionOutcome.Team team = all[t];
                TransferReport.Row row = rows.stream()
                        .filter(r -> r.team() == team && YearMonth.from(r.month()).equals(month)).findFirst()
                        .orElse(null);
                Line line = new Line(month, row);
                lines.add(line);
                Double median = row == null ? null : row.medianHours();
                int height = median == null || max == 0 ? 0 : (int) Math.round(CHART_HEIGHT * median / max);
                bars.add(new Bar(40 + i * 40 + t * 16, 10 + CHART_HEIGHT - height, height,
                        team == DecisionOutcome.Team.ASSESSMENT ? "#1d70b8" : "#00703c",
                        teamLabel(team) + ", " + line.monthLabel() + ": median " + line.median() + " hours"));
            }
            teams.add(new TeamTable(all[t], teamLabel(all[t]), lines));
        }
        return new TransferReportPage(first, teams, bars, max);
    }

    public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            ticks.add(new Tick(40 + i * 40 + 15, SHORT.format(first.plusMonths(i))));
        }
        return ticks;
    }

    public String chartMaxLabel() {
        return hours(chartMax);
    }

    public String firstLabel() {
        return MONTH.format(first);
    }

    public String lastLabel() {
        return MONTH.format(first.plusMonths(MONTHS - 1));
    }
}
