package org.frontdoor.performance;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Thirteen months of every indicator, judged against its target: the Vital Signs scorecard. Plain Java. */
public record Scorecard(YearMonth last, Filters filters, int population, List<Card> cards) {

    public static final int MONTHS = 13;
    static final int SPARK_WIDTH = 120;
    static final int SPARK_HEIGHT = 28;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    /** One month's figure: the rows behind it, the numerator, and the figure itself (null when there is none). */
    public record Point(YearMonth month, long rows, long numerator, Double value, String shown) {
        public String monthKey() {
            return month.toString();
        }

        public String monthLabel() {
            return SHORT.format(month);
        }
    }

    /** A small line chart in SVG user units; targetY is null when there is no target. */
    public record Sparkline(String points, Integer targetY, Integer lastX, Integer lastY, String label) {
    }

    public record Card(Indicator indicator, Target target, List<Point> points, RagStatus rag, String direction) {

        public Point latest() {
            return points.get(points.size() - 1);
        }

        public String targetShown() {
            return format(indicator.unit(), target.target());
        }

        public String nationalShown() {
            return format(indicator.unit(), target.national());
        }

        public String neighboursShown() {
            return format(indicator.unit(), target.statisticalNeighbours());
        }

        public Sparkline sparkline() {
            double max = points.stream().map(Point::value).filter(v -> v != null).mapToDouble(Double::doubleValue)
                    .max().orElse(0);
            if (target.target() != null) {
                max = Math.max(max, target.target());
            }
            double top = max == 0 ? 1 : max;
            StringBuilder sb = new StringBuilder();
            Integer lastX = null;
            Integer lastY = null;
            for (int i = 0; i < points.size(); i++) {
                Double v = points.get(i).value();
                if (v == null) {
                    continue;
                }
                int x = 2 + i * (SPARK_WIDTH - 4) / (points.size() - 1);
                int y = y(v, top);
                sb.append(sb.isEmpty() ? "" : " ").append(x).append(',').append(y);
                lastX = x;
                lastY = y;
            }
            Integer targetY = target.target() == null ? null : y(target.target(), top);
            return new Sparkline(sb.toString(), targetY, lastX, lastY, indicator.name() + ", " + points.get(0).monthLabel()
                    + " to " + latest().monthLabel() + ": latest " + latest().shown()
                    + (target.target() == null ? "" : ", target " + targetShown()));
        }

        private static int y(double v, double top) {
            return (int) Math.round(SPARK_HEIGHT - 2 - (SPARK_HEIGHT - 4) * v / top);
        }
    }

    /** Builds the scorecard; {@code monthly} holds each indicator's months as {@link Figures#monthly} gives them. */
    public static Scorecard of(YearMonth last, Filters filters, int population, Map<String, List<Figures.Month>> monthly,
                               Map<String, Target> targets) {
        List<Card> cards = new ArrayList<>();
        for (Indicator indicator : Indicators.ALL) {
            Map<YearMonth, Figures.Month> byMonth = monthly.getOrDefault(indicator.id(), List.of()).stream()
                    .collect(Collectors.toMap(m -> YearMonth.from(m.month()), Function.identity()));
            List<Point> points = new ArrayList<>();
            for (int i = MONTHS - 1; i >= 0; i--) {
                YearMonth month = last.minusMonths(i);
                Figures.Month m = byMonth.get(month);
                Double value = value(indicator.unit(), m, population);
                points.add(new Point(month, m == null ? 0 : m.rows(), m == null ? 0 : m.numerator(), value,
                        format(indicator.unit(), value)));
            }
            Target target = targets.getOrDefault(indicator.id(), Target.none(indicator.id()));
            Double latest = points.get(points.size() - 1).value();
            RagStatus rag = RagStatus.of(latest, target.target(), target.toleranceOr(indicator.tolerance()),
                    indicator.polarity());
            cards.add(new Card(indicator, target, points, rag,
                    direction(points.get(points.size() - 2).value(), latest, indicator.polarity())));
        }
        cards.sort(Comparator.comparing(Card::rag)); // red first; the catalogue's order within each colour
        return new Scorecard(last, filters, population, cards);
    }

    /** The figure a month's rows make in the indicator's unit; null when it cannot be worked out. */
    public static Double value(Indicator.Unit unit, Figures.Month m, int population) {
        long rows = m == null ? 0 : m.rows();
        return switch (unit) {
            case COUNT -> (double) rows;
            case PER_10K -> rows * 10000.0 / population;
            case PERCENT -> rows == 0 ? null : 100.0 * m.numerator() / rows;
            case MEDIAN_HOURS -> m == null ? null : m.median();
        };
    }

    /** As the scorecard, the PDF and the spreadsheet all show it. */
    public static String format(Indicator.Unit unit, Double value) {
        if (value == null) {
            return "–";
        }
        return switch (unit) {
            case COUNT -> String.format(Locale.UK, "%,.0f", value);
            case PER_10K -> String.format(Locale.UK, "%.1f", value);
            case PERCENT -> String.format(Locale.UK, "%.1f%%", value);
            case MEDIAN_HOURS -> String.format(Locale.UK, "%.1f hours", value);
        };
    }

    /** Direction of travel from last month, and whether that is better or worse where the indicator says. */
    static String direction(Double previous, Double latest, Indicator.Polarity polarity) {
        if (previous == null || latest == null) {
            return "No earlier figure to compare";
        }
        int cmp = Double.compare(round(latest), round(previous));
        if (cmp == 0) {
            return "No change";
        }
        String way = cmp > 0 ? "Up" : "Down";
        return switch (polarity) {
            case NEUTRAL -> way;
            case HIGHER_IS_BETTER -> way + (cmp > 0 ? ", improving" : ", worsening");
            case LOWER_IS_BETTER -> way + (cmp < 0 ? ", improving" : ", worsening");
        };
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** The drill-down behind a figure, with the scorecard's filters; the numerator's for a percentage. */
    public String link(Card c, Point p, boolean numerator) {
        String q = filters.query();
        if (numerator) {
            q = q.isEmpty() ? "part=numerator" : q + "&part=numerator";
        }
        return "/performance/indicators/" + c.indicator().id() + "/" + p.monthKey() + (q.isEmpty() ? "" : "?" + q);
    }

    /** The same month's contacts from one referral source. */
    public String sourceLink(String source) {
        Filters f = new Filters(filters.team(), source);
        String q = f.query();
        return "/performance/indicators/contacts/" + last + (q.isEmpty() ? "" : "?" + q);
    }

    public List<Card> red() {
        return cards.stream().filter(c -> c.rag() == RagStatus.RED).toList();
    }

    public String lastLabel() {
        return MONTH.format(last);
    }

    public String firstLabel() {
        return MONTH.format(last.minusMonths(MONTHS - 1));
    }

    public List<Point> months() {
        return cards.isEmpty() ? List.of() : cards.get(0).points();
    }
}
