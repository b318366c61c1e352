package org.frontdoor.web;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;

/** The look every PDF report shares (Vital Signs, the audit summary): body type, tables and chart labels. */
public final class PdfReports {

    public static final Color GREY = new Color(0x50, 0x5a, 0x5f);
    public static final Font BODY = new Font(Font.HELVETICA, 10);
    public static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    public static final Font SMALL = new Font(Font.HELVETICA, 8);

    private PdfReports() {
    }

    /** A grey label centred on (x, y) in a chart. */
    public static void text(PdfTemplate tpl, BaseFont font, float size, String s, float x, float y) {
        tpl.beginText();
        tpl.setColorFill(GREY);
        tpl.setFontAndSize(font, size);
        tpl.showTextAligned(Element.ALIGN_CENTER, s, x, y, 0);
        tpl.endText();
    }

    /** A full-width table whose header row repeats on every page. */
    public static PdfPTable table(float[] widths, String... header) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : header) {
            PdfPCell cell = new PdfPCell(new Phrase(h, BOLD));
            cell.setBorderWidth(0);
            cell.setBorderWidthBottom(1);
            cell.setPaddingBottom(4);
            t.addCell(cell);
        }
        return t;
    }

    /** One row of a {@link #table}. */
    public static void cells(PdfPTable t, String... values) {
        for (String v : values) {
            PdfPCell cell = new PdfPCell(new Phrase(v, BODY));
            cell.setBorderWidth(0);
            cell.setBorderWidthBottom(0.25f);
            cell.setBorderColorBottom(GREY);
            cell.setPadding(3);
            t.addCell(cell);
        }
    }

    public static Paragraph spaced(Paragraph p, float before, float after) {
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }
}
