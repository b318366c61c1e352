package org.frontdoor.quality;

import java.awt.Color;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

/**
 * The workbook's "Charts" sheet: every template's overall grades by month as a table, drawn as a native Excel stacked
 * column chart and a "good or better" line chart that read the table, so they stay true if the table is edited.
 */
final class AuditSummaryCharts {

    private static final String CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final int GOOD_OR_BETTER = Grade.overall().length + 2;

    private AuditSummaryCharts() {
    }

    static void add(XSSFSheet sheet, List<AuditAnalysis.Row> monthly) {
        Object[] head = new Object[GOOD_OR_BETTER + 1];
        head[0] = "Month";
        for (int i = 0; i < Grade.overall().length; i++) {
            head[i + 1] = Grade.overall()[i].label();
        }
        head[GOOD_OR_BETTER - 1] = "Audits";
        head[GOOD_OR_BETTER] = "% good or better";
        AnalysisController.line(sheet, 0, head);
        for (int r = 0; r < monthly.size(); r++) {
            AuditAnalysis.Row row = monthly.get(r);
            Object[] cells = new Object[head.length];
            cells[0] = row.group();
            for (int i = 0; i < Grade.overall().length; i++) {
                cells[i + 1] = row.count(Grade.overall()[i]);
            }
            cells[GOOD_OR_BETTER - 1] = row.total();
            cells[GOOD_OR_BETTER] = row.goodOrBetterPercent();
            AnalysisController.line(sheet, r + 1, cells);
        }
        int last = monthly.size();
        XDDFDataSource<String> months = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, last, 0, 0));
        XSSFDrawing drawing = sheet.createDrawingPatriarch();

        XSSFChart grades = chart(drawing, "Overall grades by month", last + 2, last + 22);
        XDDFBarChartData bars = (XDDFBarChartData) grades.createData(ChartTypes.BAR, bottomAxis(grades),
                leftAxis(grades));
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(BarGrouping.STACKED);
        for (int i = 0; i < Grade.overall().length; i++) {
            series(sheet, bars, months, i + 1, Grade.overall()[i].colour(), last);
        }
        grades.plot(bars);
        overlapFully(grades);

        XSSFChart trend = chart(drawing, "Audits good or better (%)", last + 23, last + 40);
        XDDFLineChartData line = (XDDFLineChartData) trend.createData(ChartTypes.LINE, bottomAxis(trend),
                leftAxis(trend));
        XDDFLineChartData.Series s = (XDDFLineChartData.Series) series(sheet, line, months, GOOD_OR_BETTER,
                "#1d70b8", last);
        s.setMarkerStyle(MarkerStyle.CIRCLE);
        s.setSmooth(false);
        trend.plot(line);
    }

    /**
     * Excel draws stacked series offset unless they overlap fully. XDDF's setOverlap needs a schema type that
     * poi-ooxml-lite leaves out, so the element is written directly, before the axes as the schema orders it.
     */
    private static void overlapFully(XSSFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor c = bar.getAxIdArray(0).newCursor()) {
            c.beginElement(new QName(CHART_NAMESPACE, "overlap"));
            c.insertAttributeWithValue("val", "100");
        }
    }

    private static XSSFChart chart(XSSFDrawing drawing, String title, int fromRow, int toRow) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, fromRow, 10, toRow));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static XDDFCategoryAxis bottomAxis(XSSFChart chart) {
        return chart.createCategoryAxis(AxisPosition.BOTTOM);
    }

    private static XDDFValueAxis leftAxis(XSSFChart chart) {
        XDDFValueAxis axis = chart.createValueAxis(AxisPosition.LEFT);
        axis.setCrossBetween(AxisCrossBetween.BETWEEN);
        return axis;
    }

    private static XDDFChartData.Series series(XSSFSheet sheet, XDDFChartData data, XDDFDataSource<String> months,
                                               int column, String colour, int last) {
        XDDFChartData.Series s = data.addSeries(months, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(1, last, column, column)));
        s.setTitle(sheet.getRow(0).getCell(column).getStringCellValue(),
                new CellReference(sheet.getSheetName(), 0, column, true, true));
        Color c = Color.decode(colour);
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(
                new byte[] {(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()}));
        if (data instanceof XDDFLineChartData) {
            s.setLineProperties(new XDDFLineProperties(fill));
        } else {
            s.setFillProperties(fill);
        }
        return s;
    }
}
