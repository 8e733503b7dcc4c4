package dev.careers.export.xlsx;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Draws a native Excel chart of salary ranges with POI's XDDF charts: one horizontal bar per
 * career from its lowest to its highest amount. It is a stacked bar chart whose first series (the
 * lowest amount) has no fill, so the visible second series (highest minus lowest) starts at the
 * lowest amount. Not thread-safe; one per workbook, which keeps the series' shapes.
 */
final class RangeChart {
    /** The chart's width in default columns, and about that in characters when printed. */
    static final int WIDTH_COLUMNS = 10;
    static final int WIDTH_CHARS = WIDTH_COLUMNS * 9;
    private static final int MIN_HEIGHT_ROWS = 16;
    private static final byte[] BAR_COLOR = {(byte) 0x2E, (byte) 0x75, (byte) 0xB6};

    /**
     * What to draw. The values are written into the chart as its cache, and the references let
     * Excel and LibreOffice redraw from the cells when they change.
     *
     * @param bars each career's bar length: highest minus lowest, at least a visible sliver
     */
    record Data(String title, String currency, List<String> careers, List<BigDecimal> lowest,
            List<BigDecimal> bars, String careersRef, String lowestRef, String barsRef) {}

    private final WorkbookContext context;
    // The two series' looks, the same for every chart of the workbook.
    private final XDDFShapeProperties hidden = new XDDFShapeProperties();
    private final XDDFShapeProperties visible = new XDDFShapeProperties();

    RangeChart(WorkbookContext context) {
        this.context = context;
        hidden.setFillProperties(new XDDFNoFillProperties());
        hidden.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        visible.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOR)));
    }

    /**
     * Draws the chart on a sheet with its top-left corner at a cell; returns the first row below
     * it.
     */
    int draw(XSSFSheet sheet, Data data, int column, int top) {
        int height = Math.max(MIN_HEIGHT_ROWS, (int) Math.ceil(data.careers().size() * 1.3) + 6);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, column, top, column + WIDTH_COLUMNS, top + height);
        XSSFChart chart = drawing.createChart(anchor);
        title(chart, data.title());

        // Careers first at the top, amounts crossing at the max (below the bars), bars between ticks.
        XDDFCategoryAxis careers = chart.createCategoryAxis(AxisPosition.LEFT);
        careers.setOrientation(AxisOrientation.MAX_MIN);
        careers.setMajorTickMark(AxisTickMark.CROSS);
        XDDFValueAxis amounts = chart.createValueAxis(AxisPosition.BOTTOM);
        amounts.setCrosses(AxisCrosses.MAX);
        amounts.setCrossBetween(AxisCrossBetween.BETWEEN);
        amounts.setMajorTickMark(AxisTickMark.CROSS);
        amounts.setNumberFormat(context.styles().currencies().format(data.currency(), false));
        amounts.getOrAddMajorGridProperties();

        XDDFCategoryDataSource names = XDDFDataSourcesFactory.fromArray(
                data.careers().stream().map(SafeText::clean).toArray(String[]::new), data.careersRef());
        var bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, careers, amounts);
        bars.setBarDirection(BarDirection.BAR);
        bars.setBarGrouping(BarGrouping.STACKED);
        bars.setOverlap((byte) 100);
        bars.setGapWidth(60);
        bars.setVaryColors(false);
        series(bars, names, data.lowest(), data.lowestRef(), context.label("chart.base"), hidden);
        series(bars, names, data.bars(), data.barsRef(), context.label("chart.range"), visible);
        // The bar lengths live in a hidden helper column, which Excel skips unless told.
        chart.setPlotOnlyVisibleCells(false);
        return top + height;
    }

    // The title in the workbook's language, whatever the JVM's, so the bytes do not depend on it.
    private void title(XSSFChart chart, String title) {
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getTitle().getBody().getParagraph(0).getTextRuns()
                .forEach(run -> run.setLanguage(context.labels().locale()));
    }

    private static void series(XDDFBarChartData bars, XDDFCategoryDataSource names, List<BigDecimal> values,
            String reference, String title, XDDFShapeProperties shape) {
        XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(
                values.stream().map(BigDecimal::doubleValue).toArray(Double[]::new), reference);
        XDDFChartData.Series series = bars.addSeries(names, numbers);
        series.setTitle(title, null);
        series.setShapeProperties(shape);
        // Each series plotted on its own rather than through chart.plot(), which first makes the
        // chart an embedded workbook to copy the data into (a tenth of a batch's workbook time):
        // the data is in the sheet already, and the chart refers to it.
        series.plot();
    }
}
