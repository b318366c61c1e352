package org.frontdoor.quality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.frontdoor.access.AccessLog;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Audit analysis for QA and leaders: the last 12 months' grades, themes and overdue actions, and an XLSX export. */
@Controller
class AnalysisController {

    private final AuditAnalysis analysis;
    private final Audits audits;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ZoneId zone;

    AnalysisController(AuditAnalysis analysis, Audits audits, AccessLog accessLog, Clock clock, ZoneId zone) {
        this.analysis = analysis;
        this.audits = audits;
        this.accessLog = accessLog;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/quality/analysis")
    String page(Model model) {
        Instant to = clock.instant(), from = from();
        model.addAttribute("byMonth", analysis.byTemplateAndMonth(from, to));
        model.addAttribute("byTeam", analysis.byTemplateAndTeam(from, to));
        model.addAttribute("themes", analysis.themes(from, to, 10));
        model.addAttribute("overdue", audits.overdueActions(LocalDate.ofInstant(to, zone)));
        model.addAttribute("grades", Grade.overall());
        return "quality/analysis";
    }

    /** The monthly audit summary as a workbook: by month, by team, themes and overdue actions. */
    @GetMapping("/quality/analysis/summary.xlsx")
    ResponseEntity<byte[]> xlsx() throws IOException {
        Instant to = clock.instant(), from = from();
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            grades(book.createSheet("By month"), "Month", analysis.byTemplateAndMonth(from, to));
            grades(book.createSheet("By team"), "Team", analysis.byTemplateAndTeam(from, to));
            Sheet themes = book.createSheet("Themes");
            line(themes, 0, "Template", "Section", "Question", "Graded", "RI or inadequate", "%");
            int r = 1;
            for (AuditAnalysis.Theme t : analysis.themes(from, to, 50)) {
                line(themes, r++, t.template(), t.section(), t.question(), t.graded(), t.poor(), t.poorPercent());
            }
            Sheet overdue = book.createSheet("Overdue actions");
            line(overdue, 0, "Audit", "Child", "Action", "Owner", "Due");
            r = 1;
            for (AuditAction a : audits.overdueActions(LocalDate.ofInstant(to, zone))) {
                line(overdue, r++, a.auditId(), a.childName(), a.text(), a.owner(), a.dueOn().toString());
            }
            book.write(out);
            accessLog.record(AccessLog.Action.EXPORT, "Exported the monthly audit summary (XLSX)", null);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-summary-"
                            + LocalDate.ofInstant(to, zone) + ".xlsx\"")
                    .contentType(MediaType.parseMediaType(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .body(out.toByteArray());
        }
    }

    private static void grades(Sheet sheet, String group, List<AuditAnalysis.Row> rows) {
        Object[] head = new Object[Grade.overall().length + 4];
        head[0] = "Template";
        head[1] = group;
        for (int i = 0; i < Grade.overall().length; i++) {
            head[i + 2] = Grade.overall()[i].label();
        }
        head[head.length - 2] = "Audits";
        head[head.length - 1] = "% good or better";
        line(sheet, 0, head);
        int r = 1;
        for (AuditAnalysis.Row row : rows) {
            Object[] cells = new Object[head.length];
            cells[0] = row.template();
            cells[1] = row.group();
            for (int i = 0; i < Grade.overall().length; i++) {
                cells[i + 2] = row.count(Grade.overall()[i]);
            }
            cells[head.length - 2] = row.total();
            cells[head.length - 1] = row.goodOrBetterPercent();
            line(sheet, r++, cells);
        }
    }

    private static void line(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else {
                row.createCell(i).setCellValue(String.valueOf(values[i]));
            }
        }
    }

    private Instant from() {
        return LocalDate.ofInstant(clock.instant(), zone).minusMonths(12).withDayOfMonth(1).atStartOfDay(zone)
                .toInstant();
    }
}
