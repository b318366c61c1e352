package org.frontdoor.casework;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The scaling scores over a child's mappings as an SVG line chart: one line for each kind of person who gave
 * scores (worker, parent, partner, child), mapping number across, 0 to 10 up. Several scores from the same kind
 * of person at one meeting are averaged. Colours and dashes are SVG attributes, as the CSP forbids inline styles;
 * the dashes keep the lines apart for anyone who cannot tell the colours. Plain Java: the template only draws.
 */
public record SignsOfSafetyChart(int width, int height, double left, double right, double top, double bottom,
                                 List<Grid> grid, List<Tick> ticks, List<Line> lines) {

    /** A horizontal line at a score, with its label. */
    public record Grid(double y, String label) {
    }

    /** A mapping along the bottom. */
    public record Tick(double x, String label) {
    }

    public record Point(double x, double y, String value, String title) {
    }

    public record Line(String label, String colour, String dash, String points, List<Point> dots) {
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final double LEFT = 40;
    private static final double RIGHT = WIDTH - 20;
    private static final double TOP = 20;
    private static final double BOTTOM = HEIGHT - 45;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public static SignsOfSafetyChart of(List<SignsOfSafetyMapping> mappings) {
        List<Grid> grid = new ArrayList<>();
        for (int score = 0; score <= 10; score += 2) {
            grid.add(new Grid(y(score), String.valueOf(score)));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < mappings.size(); i++) {
            ticks.add(new Tick(x(i, mappings.size()), String.valueOf(mappings.get(i).number())));
        }
        List<Line> lines = new ArrayList<>();
        for (SignsOfSafetyMapping.GivenBy who : SignsOfSafetyMapping.GivenBy.values()) {
            List<Point> dots = new ArrayList<>();
            for (int i = 0; i < mappings.size(); i++) {
                SignsOfSafetyMapping m = mappings.get(i);
                OptionalDouble mean = m.scores().stream().filter(s -> s.givenBy() == who)
                        .mapToInt(SignsOfSafetyMapping.Score::score).average();
                if (mean.isPresent()) {
                    String value = format(mean.getAsDouble());
                    dots.add(new Point(x(i, mappings.size()), y(mean.getAsDouble()), value,
                            who.label() + ", mapping " + m.number() + " (" + DAY.format(m.meetingOn()) + "): " + value));
                }
            }
            if (!dots.isEmpty()) {
                String points = String.join(" ", dots.stream().map(p -> format(p.x()) + "," + format(p.y())).toList());
                lines.add(new Line(who.label(), colour(who), dash(who), points, dots));
            }
        }
        return new SignsOfSafetyChart(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, grid, ticks, lines);
    }

    static double x(int index, int count) {
        return count == 1 ? (LEFT + RIGHT) / 2 : LEFT + index * (RIGHT - LEFT) / (count - 1);
    }

    static double y(double score) {
        return BOTTOM - score * (BOTTOM - TOP) / 10;
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.UK, "%.1f", d);
    }

    /** GOV.UK colour palette. */
    private static String colour(SignsOfSafetyMapping.GivenBy who) {
        return switch (who) {
            case WORKER -> "#1d70b8";
            case PARENT -> "#d4351c";
            case PARTNER -> "#00703c";
            case CHILD -> "#912b88";
        };
    }

    private static String dash(SignsOfSafetyMapping.GivenBy who) {
        return switch (who) {
            case WORKER -> "none";
            case PARENT -> "8 4";
            case PARTNER -> "2 4";
            case CHILD -> "10 4 2 4";
        };
    }
}
