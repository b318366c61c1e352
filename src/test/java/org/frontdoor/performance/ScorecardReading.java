package org.frontdoor.performance;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading a scorecard back as a person would: a card by its id, a month's point, a month's column of the sheet. */
final class ScorecardReading {

    private ScorecardReading() {
    }

    static Map<String, Scorecard.Card> cards(VitalSigns vitalSigns, YearMonth last, Filters filters) {
        Map<String, Scorecard.Card> byId = new HashMap<>();
        vitalSigns.scorecard(last, filters).cards().forEach(c -> byId.put(c.indicator().id(), c));
        return byId;
    }

    static Scorecard.Point month(Scorecard.Card card, YearMonth month) {
        return card.points().stream().filter(p -> p.month().equals(month)).findFirst().orElseThrow();
    }

    /** Each indicator's figure for {@code month} in the scorecard spreadsheet, by indicator name. */
    static Map<String, String> monthInSheet(byte[] xlsx, YearMonth month) throws Exception {
        Map<String, String> figures = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            int column = -1;
            for (var cell : sheet.getRow(1)) {
                if (cell.getStringCellValue().equals(month.toString())) {
                    column = cell.getColumnIndex();
                }
            }
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                figures.put(row.getCell(0).getStringCellValue(), row.getCell(column).getStringCellValue());
            }
        }
        return figures;
    }
}
