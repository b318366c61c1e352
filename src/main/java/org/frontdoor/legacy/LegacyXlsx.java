package org.frontdoor.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of a legacy XLSX export, first row the header. Cells formatted as dates are written back in the
 * mapping's first format, so that they read as the same dates. A workbook that is not whole (cut off, not XLSX) is
 * refused as a file. The workbook is held in memory: very large exports should come as CSV.
 */
final class LegacyXlsx implements LegacyRows {

    private final Workbook workbook;
    private final Iterator<Row> rows;
    private final List<String> header = new ArrayList<>();
    private final DataFormatter text = new DataFormatter(java.util.Locale.UK);
    private final LegacyMapping mapping;

    LegacyXlsx(InputStream in, LegacyMapping mapping, Collection<String> required) throws IOException, LegacyFileProblem {
        this.mapping = mapping;
        try {
            this.workbook = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw new LegacyFileProblem(0, "the file is not a complete XLSX workbook (" + e.getClass().getSimpleName()
                    + "): it may be cut off; export it again");
        }
        this.rows = workbook.getSheetAt(0).iterator();
        if (rows.hasNext()) {
            for (Cell cell : rows.next()) {
                header.add(text.formatCellValue(cell).trim());
            }
        }
        List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new LegacyFileProblem(1, "the first row does not name the columns " + String.join(", ", missing));
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public LegacyRow next() {
        while (rows.hasNext()) {
            Row row = rows.next();
            Map<String, String> values = new LinkedHashMap<>();
            boolean blank = true;
            for (int i = 0; i < header.size(); i++) {
                String value = value(row.getCell(i));
                blank &= value.isBlank();
                values.put(header.get(i), value);
            }
            if (!blank) {
                return new LegacyRow(row.getRowNum() + 1, values);
            }
        }
        return null;
    }

    private String value(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime at = cell.getLocalDateTimeCellValue();
            boolean dateOnly = at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) || mapping.dateTimeFormats().isEmpty();
            String pattern = dateOnly ? mapping.dateFormats().get(0) : mapping.dateTimeFormats().get(0);
            return LegacyMapping.formatter(pattern).format(at);
        }
        return text.formatCellValue(cell);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
