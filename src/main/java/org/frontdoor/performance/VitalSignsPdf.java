package org.frontdoor.performance;

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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The monthly Vital Signs report as a PDF (seed 004): a cover, the areas in red, then one section per indicator with
 * its 13 months as a bar chart against the target line, its plain-English definition and its figures. Plain Java:
 * it prints a {@link Scorecard} and counts nothing itself, so the PDF shows what the page shows.
 */
public final class VitalSignsPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Color BLUE = new Color(0x1d, 0x70, 0xb8);
    private static final Color RED = new Color(0xd4, 0x35, 0x1c);
    private static final Font TITLE = new Font(Font.HELVETICA, 28, Font.BOLD);
    private static final Font H1 = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font H2 = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final float CHART_WIDTH = 480;
    private static final float CHART_HEIGHT = 130;

    private VitalSignsPdf() {
    }

    public static byte[] of(Scorecard card, String laName, LocalDate issuedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.addTitle("Vital Signs " + card.lastLabel() + ", " + laName);
        doc.open();
        cover(doc, card, laName, issuedOn);
        doc.newPage();
        summary(doc, card);
        for (Scorecard.Card c : card.cards()) {
            doc.newPage();
            section(doc, writer.getDirectContent(), c);
        }
        doc.close();
        return out.toByteArray();
    }

    private static void cover(Document doc, Scorecard card, String laName, LocalDate issuedOn) {
        doc.add(spaced(new Paragraph(laName, H1), 160, 12));
        doc.add(spaced(new Paragraph("Vital Signs", TITLE), 0, 8));
        doc.add(spaced(new Paragraph("Front door and casework performance, " + card.lastLabel(), H2), 0, 30));
        doc.add(new Paragraph("Issued " + DAY.format(issuedOn), BODY));
        doc.add(new Paragraph("Months covered: " + card.firstLabel() + " to " + card.lastLabel(), BODY));
        doc.add(new Paragraph(card.filters().describe() + ". Rates per 10,000 use a 0 to 17 population of "
                + String.format(Locale.UK, "%,d", card.population()) + ".", BODY));
        doc.add(spaced(new Paragraph("Every figure is counted from the case record as it stood when this report was "
                + "issued; the scorecard in the case system lists the children and contacts behind each one.", SMALL),
                20, 0));
    }

    private static void summary(Document doc, Scorecard card) {
        doc.add(spaced(new Paragraph("Areas in red, " + card.lastLabel(), H1), 0, 10));
        List<Scorecard.Card> red = card.red();
        if (red.isEmpty()) {
            doc.add(new Paragraph("No indicator is in red this month.", BODY));
        }
        for (Scorecard.Card c : red) {
            Paragraph p = new Paragraph(new Chunk(c.indicator().name() + ": ", BOLD));
            p.add(new Chunk(c.latest().shown() + " against a target of " + c.targetShown() + ". " + c.direction()
                    + ".", BODY));
            doc.add(spaced(p, 0, 6));
        }
        doc.add(spaced(new Paragraph("Every indicator", H2), 16, 6));
        PdfPTable t = table(new float[] {5, 1.4f, 1.6f, 1.6f, 2.6f}, "Indicator", "RAG", card.lastLabel(), "Target",
                "Since last month");
        for (Scorecard.Card c : card.cards()) {
            cells(t, c.indicator().name(), c.rag().label(), c.latest().shown(), c.targetShown(), c.direction());
        }
        doc.add(t);
    }

    private static void section(Document doc, PdfContentByte cb, Scorecard.Card c) {
        Indicator i = c.indicator();
        doc.add(spaced(new Paragraph(i.area().toUpperCase(Locale.UK), SMALL), 0, 2));
        doc.add(spaced(new Paragraph(i.name(), H1), 0, 6));
        doc.add(spaced(new Paragraph(c.rag().label() + ": " + c.latest().shown() + " in "
                + c.latest().monthLabel() + ", target " + c.targetShown() + ". " + c.direction() + ".", BOLD), 0, 8));
        doc.add(Image.getInstance(chart(cb, c)));
        doc.add(spaced(new Paragraph("What it means", H2), 8, 4));
        doc.add(spaced(new Paragraph(i.definition(), BODY), 0, 4));
        doc.add(new Paragraph("Counts: " + i.numerator(), BODY));
        if (!i.denominator().isEmpty()) {
            doc.add(new Paragraph("Out of: " + i.denominator(), BODY));
        }
        doc.add(spaced(new Paragraph(i.polarity().label() + ". National " + c.nationalShown()
                + ", statistical neighbours " + c.neighboursShown()
                + (c.target().comparatorYear() == null ? "" : " (" + c.target().comparatorYear() + ")") + ".", BODY),
                0, 8));
        PdfPTable t = i.percent()
                ? table(new float[] {2, 2, 2, 2}, "Month", "Figure", "Counted", "Out of")
                : table(new float[] {2, 2, 2}, "Month", "Figure", "Rows");
        for (Scorecard.Point p : c.points()) {
            if (i.percent()) {
                cells(t, p.monthLabel(), p.shown(), Long.toString(p.numerator()), Long.toString(p.rows()));
            } else {
                cells(t, p.monthLabel(), p.shown(), Long.toString(p.rows()));
            }
        }
        doc.add(t);
    }

    /** Thirteen bars scaled to the largest figure or the target, with the target as a dashed red line. */
    private static PdfTemplate chart(PdfContentByte cb, Scorecard.Card c) {
        PdfTemplate tpl = cb.createTemplate(CHART_WIDTH, CHART_HEIGHT);
        BaseFont font = BODY.getCalculatedBaseFont(false);
        float left = 40;
        float bottom = 18;
        float top = CHART_HEIGHT - 6;
        List<Scorecard.Point> points = c.points();
        Double target = c.target().target();
        double max = points.stream().map(Scorecard.Point::value).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        max = Math.max(max, target == null ? 0 : target);
        double scale = max == 0 ? 0 : (top - bottom) / max;
        float slot = (CHART_WIDTH - left) / points.size();
        tpl.setColorStroke(GREY);
        tpl.setLineWidth(0.5f);
        tpl.moveTo(left, bottom);
        tpl.lineTo(CHART_WIDTH, bottom);
        tpl.stroke();
        for (int n = 0; n < points.size(); n++) {
            Scorecard.Point p = points.get(n);
            float x = left + n * slot + slot * 0.15f;
            if (p.value() != null && p.value() > 0) {
                tpl.setColorFill(n == points.size() - 1 ? GREY.darker() : BLUE);
                tpl.rectangle(x, bottom, slot * 0.7f, (float) (p.value() * scale));
                tpl.fill();
            }
            text(tpl, font, 6, p.monthLabel(), x + slot * 0.35f, 6);
        }
        text(tpl, font, 6, Scorecard.format(c.indicator().unit(), max), 18, top - 3);
        text(tpl, font, 6, "0", 18, bottom - 2);
        if (target != null) {
            float y = (float) (bottom + target * scale);
            tpl.setColorStroke(RED);
            tpl.setLineWidth(1);
            tpl.setLineDash(4, 2, 0);
            tpl.moveTo(left, y);
            tpl.lineTo(CHART_WIDTH, y);
            tpl.stroke();
            tpl.setLineDash(0);
            text(tpl, font, 6, "target", 18, y - 2);
        }
        return tpl;
    }
}
