package org.frontdoor.quality;

import static org.frontdoor.web.PdfReports.BODY;
import static org.frontdoor.web.PdfReports.BOLD;
import static org.frontdoor.web.PdfReports.GREY;
import static org.frontdoor.web.PdfReports.SMALL;
import static org.frontdoor.web.PdfReports.cells;
import static org.frontdoor.web.PdfReports.spaced;
import static org.frontdoor.web.PdfReports.table;
import static org.frontdoor.web.PdfReports.text;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The monthly audit summary as a PDF: this month's headline, each template's grades by month as stacked bars with
 * their figures, the themes most often graded requires improvement or inadequate, moderation agreement and overdue
 * actions. Plain Java: it prints an {@link AuditSummary} and counts nothing itself, so it shows what the page shows.
 */
public final class AuditSummaryPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Font TITLE = new Font(Font.HELVETICA, 24, Font.BOLD);
    private static final Font H1 = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font H2 = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final float CHART_WIDTH = 495;
    private static final float CHART_HEIGHT = 150;

    private AuditSummaryPdf() {
    }

    public static byte[] of(AuditSummary s, String laName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.addTitle("Monthly audit summary " + AuditSummary.monthName(s.lastMonth()) + ", " + laName);
        doc.open();
        headline(doc, s, laName);
        for (String template : s.templates()) {
            doc.newPage();
            template(doc, writer.getDirectContent(), template, s.monthly(template));
        }
        doc.newPage();
        themes(doc, s);
        moderation(doc, s.moderation());
        overdue(doc, s);
        doc.close();
        return out.toByteArray();
    }

    private static void headline(Document doc, AuditSummary s, String laName) {
        doc.add(spaced(new Paragraph(laName, H2), 0, 6));
        doc.add(spaced(new Paragraph("Monthly audit summary", TITLE), 0, 4));
        doc.add(spaced(new Paragraph(AuditSummary.monthName(s.lastMonth()), H1), 0, 14));
        AuditAnalysis.Row month = s.thisMonth();
        doc.add(spaced(new Paragraph("Audits completed in " + AuditSummary.monthName(s.lastMonth()) + ": "
                + month.total() + ", " + month.goodOrBetterPercent() + "% good or better.", BOLD), 0, 4));
        ModerationAgreement.Rate rate = s.moderation().overall();
        doc.add(new Paragraph("Moderation agreement: " + rate.agreed() + " of " + rate.moderated()
                + " moderated grades agreed (" + rate.percent() + "%).", BODY));
        doc.add(new Paragraph(s.overdue().size() + " audit actions overdue.", BODY));
        doc.add(spaced(new Paragraph("Issued " + DAY.format(s.issuedOn()) + ". Months covered: "
                + AuditSummary.monthName(s.months().get(0)) + " to " + AuditSummary.monthName(s.lastMonth())
                + ". Completed audits' overall grades, by the month each audit was completed.", SMALL), 10, 14));
        doc.add(spaced(new Paragraph("Every template", H2), 0, 6));
        doc.add(grades(s.monthly(null)));
    }

    private static void template(Document doc, PdfContentByte cb, String template, List<AuditAnalysis.Row> rows) {
        doc.add(spaced(new Paragraph(template, H1), 0, 8));
        doc.add(Image.getInstance(chart(cb, rows)));
        doc.add(spaced(legend(), 4, 10));
        doc.add(grades(rows));
    }

    private static PdfPTable grades(List<AuditAnalysis.Row> rows) {
        List<String> head = new ArrayList<>(List.of("Month"));
        for (Grade g : Grade.overall()) {
            head.add(g.label());
        }
        head.add("Audits");
        head.add("Good or better");
        PdfPTable t = table(new float[] {2.2f, 1.6f, 1.2f, 1.9f, 1.5f, 1.2f, 1.6f}, head.toArray(String[]::new));
        for (AuditAnalysis.Row r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.group()));
            for (Grade g : Grade.overall()) {
                cells.add(Integer.toString(r.count(g)));
            }
            cells.add(Integer.toString(r.total()));
            cells.add(r.total() == 0 ? "-" : r.goodOrBetterPercent() + "%");
            cells(t, cells.toArray(String[]::new));
        }
        return t;
    }

    /** One stacked bar a month, outstanding at the bottom and inadequate at the top, scaled to the busiest month. */
    private static PdfTemplate chart(PdfContentByte cb, List<AuditAnalysis.Row> rows) {
        PdfTemplate tpl = cb.createTemplate(CHART_WIDTH, CHART_HEIGHT);
        BaseFont font = BODY.getCalculatedBaseFont(false);
        float left = 24;
        float bottom = 18;
        float top = CHART_HEIGHT - 12;
        int max = rows.stream().mapToInt(AuditAnalysis.Row::total).max().orElse(0);
        double scale = max == 0 ? 0 : (top - bottom) / max;
        float slot = (CHART_WIDTH - left) / rows.size();
        tpl.setColorStroke(GREY);
        tpl.setLineWidth(0.5f);
        tpl.moveTo(left, bottom);
        tpl.lineTo(CHART_WIDTH, bottom);
        tpl.stroke();
        for (int n = 0; n < rows.size(); n++) {
            AuditAnalysis.Row r = rows.get(n);
            float x = left + n * slot + slot * 0.15f;
            float y = bottom;
            for (Grade g : Grade.overall()) {
                if (r.count(g) > 0) {
                    float h = (float) (r.count(g) * scale);
                    tpl.setColorFill(Color.decode(g.colour()));
                    tpl.rectangle(x, y, slot * 0.7f, h);
                    tpl.fill();
                    y += h;
                }
            }
            text(tpl, font, 6, AuditSummary.monthAbbreviation(r.group()), x + slot * 0.35f, 6);
            if (r.total() > 0) {
                text(tpl, font, 7, Integer.toString(r.total()), x + slot * 0.35f, y + 3);
            }
        }
        text(tpl, font, 6, Integer.toString(max), 10, top - 3);
        text(tpl, font, 6, "0", 10, bottom - 2);
        return tpl;
    }

    private static Paragraph legend() {
        Paragraph p = new Paragraph();
        for (Grade g : Grade.overall()) {
            Font swatch = new Font(Font.ZAPFDINGBATS, 8, Font.NORMAL, Color.decode(g.colour()));
            p.add(new Chunk("n ", swatch));
            p.add(new Chunk(g.label() + "    ", SMALL));
        }
        return p;
    }

    private static void themes(Document doc, AuditSummary s) {
        doc.add(spaced(new Paragraph("Themes most often graded requires improvement or inadequate", H1), 0, 8));
        if (s.themes().isEmpty()) {
            doc.add(spaced(new Paragraph("No question was graded requires improvement or inadequate.", BODY), 0, 12));
            return;
        }
        PdfPTable t = table(new float[] {5, 3, 2}, "Question", "Template", "RI or inadequate");
        for (AuditAnalysis.Theme th : s.themes()) {
            cells(t, th.section() + ": " + th.question(), th.template(),
                    th.poor() + " of " + th.graded() + " (" + th.poorPercent() + "%)");
        }
        t.setSpacingAfter(14);
        doc.add(t);
    }

    private static void moderation(Document doc, ModerationAgreement.Report m) {
        doc.add(spaced(new Paragraph("Moderation", H1), 0, 8));
        if (m.overall().moderated() == 0) {
            doc.add(spaced(new Paragraph("No audit was moderated in the period.", BODY), 0, 12));
            return;
        }
        doc.add(spaced(new Paragraph("Moderators agreed with " + m.overall().agreed() + " of "
                + m.overall().moderated() + " overall grades (" + m.overall().percent() + "%).", BOLD), 0, 6));
        PdfPTable t = table(new float[] {4, 2, 2, 2}, "Auditor", "Moderated", "Agreed", "Agreement");
        for (ModerationAgreement.Rate r : m.byAuditor()) {
            cells(t, r.auditor(), Integer.toString(r.moderated()), Integer.toString(r.agreed()), r.percent() + "%");
        }
        t.setSpacingAfter(8);
        doc.add(t);
        for (ModerationAgreement.Move move : m.moves()) {
            doc.add(new Paragraph(move.count() + " moved from " + move.from().label() + " to "
                    + move.to().label(), BODY));
        }
        doc.add(spaced(new Paragraph(" ", BODY), 0, 8));
    }

    private static void overdue(Document doc, AuditSummary s) {
        doc.add(spaced(new Paragraph("Overdue actions", H1), 0, 8));
        if (s.overdue().isEmpty()) {
            doc.add(new Paragraph("No audit action is overdue.", BODY));
            return;
        }
        PdfPTable t = table(new float[] {5, 2.5f, 2.5f, 2}, "Action", "Child", "Owner", "Due");
        for (AuditAction a : s.overdue()) {
            cells(t, a.text(), a.childName(), a.owner(), DAY.format(a.dueOn()));
        }
        doc.add(t);
    }
}
