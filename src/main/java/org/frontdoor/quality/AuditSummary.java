package org.frontdoor.quality;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The monthly audit summary: the figures the analysis page, the workbook and the PDF all show, counted once so the
 * three agree. Months are YYYY-MM in service time, oldest first; the last is the month the summary was issued in.
 */
public record AuditSummary(LocalDate issuedOn, List<String> months, List<AuditAnalysis.Row> byMonth,
                           List<AuditAnalysis.Row> byTeam, List<AuditAnalysis.Theme> themes,
                           List<AuditAction> overdue, ModerationAgreement.Report moderation) {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM", Locale.UK);

    /** The months from the first of {@code from}'s month to {@code to}'s month, as YYYY-MM. */
    public static List<String> months(LocalDate from, LocalDate to) {
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        return months;
    }

    /** "November 2026" for "2026-11". */
    public static String monthName(String month) {
        return LONG.format(YearMonth.parse(month));
    }

    /** "Nov" for "2026-11", under a chart's bar. */
    public static String monthAbbreviation(String month) {
        return SHORT.format(YearMonth.parse(month));
    }

    public String lastMonth() {
        return months.get(months.size() - 1);
    }

    public String lastMonthName() {
        return monthName(lastMonth());
    }

    /** The templates with completed audits in the period, in name order. */
    public List<String> templates() {
        return byMonth.stream().map(AuditAnalysis.Row::template).distinct().sorted().toList();
    }

    /** One row per month of the period, oldest first, zero where none were completed; every template when null. */
    public List<AuditAnalysis.Row> monthly(String template) {
        List<AuditAnalysis.Row> rows = new ArrayList<>();
        for (String month : months) {
            Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
            for (AuditAnalysis.Row r : byMonth) {
                if (r.group().equals(month) && (template == null || r.template().equals(template))) {
                    r.counts().forEach((g, n) -> counts.merge(g, n, Integer::sum));
                }
            }
            rows.add(new AuditAnalysis.Row(template == null ? "All templates" : template, month, counts));
        }
        return rows;
    }

    /** Every template's grades in the month the summary was issued in. */
    public AuditAnalysis.Row thisMonth() {
        List<AuditAnalysis.Row> all = monthly(null);
        return all.get(all.size() - 1);
    }
}
