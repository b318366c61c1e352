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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Audit analysis for QA and leaders: the last 12 months' grades (with charts), themes, moderation agreement and
 * overdue actions, and the monthly audit summary as XLSX and PDF.
 */
@Controller
class AnalysisController {

    private final AuditAnalysis analysis;
    private final Audits audits;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ZoneId zone;
    private final String laName;

    AnalysisController(AuditAnalysis analysis, Audits audits, AccessLog accessLog, Clock clock, ZoneId zone,
                       @Value("${frontdoor.la-name}") String laName) {
        this.analysis = analysis;
        this.audits = audits;
        this.accessLog = accessLog;
        this.clock = clock;
        this.zone = zone;
        this.laName = laName;
    }

    @GetMapping("/quality/analysis")
    String page(Model model) {
        AuditSummary s = summary(10);
        model.addAttribute("summary", s);
        model.addAttribute("byMonth", s.byMonth());
        model.addAttribute("byTeam", s.byTeam());
        model.addAttribute("themes", s.themes());
        model.addAttribute("overdue", s.overdue());
        model.addAttribute("chart", GradeChart.of(s.monthly(null)));
        model.addAttribute("grades", Grade.overall());
        return "quality/analysis";
    }

    /** The monthly audit summary as a PDF with charts, the same figures as the page. */
    @GetMapping("/quality/analysis/summary.pdf")
    ResponseEntity<byte[]> pdf() {
        AuditSummary s = summary(10);
        byte[] pdf = AuditSummaryPdf.of(s, laName);
        accessLog.record(AccessLog.Action.EXPORT, "Exported the monthly audit summary (PDF)", null);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-summary-" + s.issuedOn()
                        + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    /** The monthly audit summary as a workbook: charts, by month, by team, themes, moderation and overdue actions. */
    @GetMapping("/quality/analysis/summary.xlsx")
    ResponseEntity<byte[]> xlsx() throws IOException {
        AuditSummary s = summary(50);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            AuditSummaryCharts.add(book.createSheet("Charts"), s.monthly(null));
            grades(book.createSheet("By month"), "Month", s.byMonth());
            grades(book.createSheet("By team"), "Team", s.byTeam());
            Sheet themes = book.createSheet("Themes");
            line(themes, 0, "Template", "Section", "Question", "Graded", "RI or inadequate", "%");
            int r = 1;
            for (AuditAnalysis.Theme t : s.themes()) {
                line(themes, r++, t.template(), t.section(), t.question(), t.graded(), t.poor(), t.poorPercent());
            }
            Sheet moderation = book.createSheet("Moderation");
            line(moderation, 0, "Auditor", "Moderated", "Agreed", "% agreed");
            r = 1;
            for (ModerationAgreement.Rate rate : s.moderation().byAuditor()) {
                line(moderation, r++, rate.auditor(), rate.moderated(), rate.agreed(), rate.percent());
            }
            ModerationAgreement.Rate all = s.moderation().overall();
            line(moderation, r, all.auditor(), all.moderated(), all.agreed(), all.percent());
            Sheet overdue = book.createSheet("Overdue actions");
            line(overdue, 0, "Audit", "Child", "Action", "Owner", "Due");
            r = 1;
            for (AuditAction a : s.overdue()) {
                line(overdue, r++, a.auditId(), a.childName(), a.text(), a.owner(), a.dueOn().toString());
            }
            book.write(out);
            accessLog.record(AccessLog.Action.EXPORT, "Exported the monthly audit summary (XLSX)", null);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-summary-"
                            + s.issuedOn() + ".xlsx\"")
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

    static void line(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else {
                row.createCell(i).setCellValue(String.valueOf(values[i]));
            }
        }
    }

    private AuditSummary summary(int themes) {
        Instant to = clock.instant(), from = from();
        LocalDate today = LocalDate.ofInstant(to, zone);
        return new AuditSummary(today, AuditSummary.months(LocalDate.ofInstant(from, zone), today),
                analysis.byTemplateAndMonth(from, to), analysis.byTemplateAndTeam(from, to),
                analysis.themes(from, to, themes), audits.overdueActions(today),
                ModerationAgreement.of(audits.moderated(from, to)));
    }

    private Instant from() {
        return LocalDate.ofInstant(clock.instant(), zone).minusMonths(12).withDayOfMonth(1).atStartOfDay(zone)
                .toInstant();
    }
}
