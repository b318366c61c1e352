package org.frontdoor.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The analysis page's two small SVG charts, as coordinates the template writes into attributes (the CSP forbids
 * inline styles): overall grades stacked by month, and the percentage good or better month by month.
 */
public record GradeChart(int width, List<Bar> bars, String trend, List<Point> points) {

    public static final int HEIGHT = 170;
    static final int TOP = 18;
    static final int BOTTOM = 145;
    static final int LEFT = 34;
    static final int SLOT = 44;

    /** A month's column: its segments bottom up (outstanding first) and its total above it. */
    public record Bar(String month, String label, int x, int width, int totalY, int total, List<Segment> segments) {
        public int middle() {
            return x + width / 2;
        }
    }

    public record Segment(Grade grade, int count, int y, int height, String title) {
    }

    /** A month with audits on the trend line: where it sits and what it says. */
    public record Point(String month, int x, int y, int percent, String title) {
    }

    public static GradeChart of(List<AuditAnalysis.Row> monthly) {
        int max = monthly.stream().mapToInt(AuditAnalysis.Row::total).max().orElse(0);
        double scale = max == 0 ? 0 : (double) (BOTTOM - TOP) / max;
        List<Bar> bars = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        StringJoiner line = new StringJoiner(" ");
        for (int i = 0; i < monthly.size(); i++) {
            AuditAnalysis.Row r = monthly.get(i);
            int x = LEFT + i * SLOT + 8;
            String name = AuditSummary.monthName(r.group());
            List<Segment> segments = new ArrayList<>();
            int below = 0;
            for (Grade g : Grade.overall()) {
                int n = r.count(g);
                if (n > 0) {
                    int bottom = BOTTOM - (int) Math.round(below * scale);
                    int top = BOTTOM - (int) Math.round((below + n) * scale);
                    segments.add(new Segment(g, n, top, bottom - top, name + ": " + n + " " + g.label()));
                    below += n;
                }
            }
            bars.add(new Bar(r.group(), AuditSummary.monthAbbreviation(r.group()), x, SLOT - 16,
                    BOTTOM - (int) Math.round(below * scale) - 4, r.total(), segments));
            if (r.total() > 0) {
                int px = x + (SLOT - 16) / 2;
                int py = BOTTOM - (int) Math.round(r.goodOrBetterPercent() * (BOTTOM - TOP) / 100.0);
                line.add(px + "," + py);
                points.add(new Point(r.group(), px, py, r.goodOrBetterPercent(),
                        name + ": " + r.goodOrBetterPercent() + "% good or better of " + r.total()));
            }
        }
        return new GradeChart(LEFT + monthly.size() * SLOT, bars, line.toString(), points);
    }

    /** The y of a percentage on the trend chart's axis, for its 0, 50 and 100% lines. */
    public int percentY(int percent) {
        return BOTTOM - (int) Math.round(percent * (BOTTOM - TOP) / 100.0);
    }

    public int bottom() {
        return BOTTOM;
    }

    public int left() {
        return LEFT;
    }
}
