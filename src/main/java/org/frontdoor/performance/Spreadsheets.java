package org.frontdoor.performance;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The drill-down lists and the scorecard as XLSX, streamed (SXSSF) so a long list never sits in memory. */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /** The rows behind one figure; names are left out for those who may see references and dates only. */
    public static void drillDown(Indicator indicator, YearMonth month, Filters filters, boolean numeratorOnly,
                                 boolean names, Figures figures, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("Rows");
            int r = 0;
            cells(sheet.createRow(r++), indicator.name() + (numeratorOnly ? " (numerator)" : ""));
            cells(sheet.createRow(r++), month.toString(), filters.describe());
            List<String> header = new java.util.ArrayList<>(List.of("Date", "Reference", "Child ID"));
            if (names) {
                header.add("Child");
            }
            header.addAll(List.of("Team", "Referral source", "Counted in numerator", "Hours"));
            cells(sheet.createRow(r++), header.toArray(String[]::new));
            int[] next = {r};
            figures.eachRow(indicator, month, filters, numeratorOnly, row -> {
                Row x = sheet.createRow(next[0]++);
                int c = 0;
                x.createCell(c++).setCellValue(row.onDate().toString());
                x.createCell(c++).setCellValue(row.reference());
                if (row.personId() != null) {
                    x.createCell(c).setCellValue(row.personId());
                }
                c++;
                if (names) {
                    x.createCell(c++).setCellValue(row.childName() == null ? "" : row.childName());
                }
                x.createCell(c++).setCellValue(row.team() == null ? "" : row.team());
                x.createCell(c++).setCellValue(row.source() == null ? "" : row.source());
                x.createCell(c++).setCellValue(row.num() ? "Yes" : "No");
                if (row.value() != null) {
                    x.createCell(c).setCellValue(Math.round(row.value() * 10) / 10.0);
                }
            });
            book.write(out);
            book.dispose();
        }
    }

    /** Every indicator's 13 months, as the scorecard shows them, with target and comparators. */
    public static void scorecard(Scorecard card, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("Vital Signs");
            int r = 0;
            cells(sheet.createRow(r++), "Vital Signs " + card.lastLabel(), card.filters().describe());
            List<Scorecard.Point> months = card.months();
            String[] header = new String[6 + months.size()];
            header[0] = "Indicator";
            header[1] = "RAG";
            header[2] = "Target";
            header[3] = "National";
            header[4] = "Statistical neighbours";
            header[5] = "Direction of travel";
            for (int i = 0; i < months.size(); i++) {
                header[6 + i] = months.get(i).monthKey();
            }
            cells(sheet.createRow(r++), header);
            for (Scorecard.Card c : card.cards()) {
                String[] line = new String[header.length];
                line[0] = c.indicator().name();
                line[1] = c.rag().label();
                line[2] = c.targetShown();
                line[3] = c.nationalShown();
                line[4] = c.neighboursShown();
                line[5] = c.direction();
                for (int i = 0; i < c.points().size(); i++) {
                    line[6 + i] = c.points().get(i).shown();
                }
                cells(sheet.createRow(r++), line);
            }
            book.write(out);
            book.dispose();
        }
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
