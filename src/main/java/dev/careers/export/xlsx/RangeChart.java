package dev.careers.export.xlsx;

import java.math.BigDecimal;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
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
 * Draws a native Excel chart of salary ranges: one horizontal bar per career from its lowest to
 * its highest amount. It is a stacked bar chart whose first series (the lowest amount) has no
 * fill, so the visible second series (highest minus lowest) starts at the lowest amount. Not
 * thread-safe; one per workbook.
 */
final class RangeChart {
    private static final int WIDTH_COLUMNS = 10;
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

    RangeChart(WorkbookContext context) {
        this.context = context;
    }

    /** Draws the chart with its top-left corner at a cell; returns the first row below it. */
    int draw(XSSFSheet sheet, Data data, int column, int top) {
        int height = Math.max(MIN_HEIGHT_ROWS, (int) Math.ceil(data.careers().size() * 1.3) + 6);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor =
                drawing.createAnchor(0, 0, 0, 0, column, top, column + WIDTH_COLUMNS, top + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(data.title());
        chart.setTitleOverlay(false);
        // POI tags the title with the JVM's default locale: use the workbook's, for identical
        // bytes on every machine.
        chart.getCTChart().getTitle().getTx().getRich().getPArray(0).getRArray(0).getRPr()
                .setLang(context.labels().locale().toLanguageTag());

        XDDFCategoryAxis careers = chart.createCategoryAxis(AxisPosition.LEFT);
        // First career at the top, as in the table next to the chart.
        careers.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis amounts = chart.createValueAxis(AxisPosition.BOTTOM);
        amounts.setCrosses(AxisCrosses.MAX);
        amounts.setNumberFormat(CurrencyFormats.of(data.currency(), french(), false));
        // Bars sit between category ticks; the default (midCat) cuts the first and last in half.
        amounts.setCrossBetween(AxisCrossBetween.BETWEEN);
        amounts.getOrAddMajorGridProperties();

        var bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, careers, amounts);
        bars.setBarDirection(BarDirection.BAR);
        bars.setBarGrouping(BarGrouping.STACKED);
        bars.setVaryColors(false);

        XDDFCategoryDataSource names = XDDFDataSourcesFactory.fromArray(
                data.careers().stream().map(SafeText::clean).toArray(String[]::new), data.careersRef());
        XDDFChartData.Series base = bars.addSeries(names, numbers(data.lowest(), data.lowestRef()));
        base.setTitle(context.label("chart.base"), null);
        base.setFillProperties(new XDDFNoFillProperties());
        base.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        XDDFChartData.Series range = bars.addSeries(names, numbers(data.bars(), data.barsRef()));
        range.setTitle(context.label("chart.range"), null);
        range.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOR)));
        chart.plot(bars);
        spaceBars(chart);
        // The bar lengths live in a hidden helper column, which Excel skips by default.
        chart.getCTChart().getPlotVisOnly().setVal(false);
        return top + height;
    }

    // Stacked bars must overlap fully. XDDF's setOverlap/setGapWidth need schema types that the
    // poi-ooxml-lite jar lacks (SchemaTypeLoaderException), so the attributes are set as text.
    private static void spaceBars(XSSFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        setVal(bar.isSetGapWidth() ? bar.getGapWidth() : bar.addNewGapWidth(), "60");
        setVal(bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap(), "100");
        // Our currency format, not the cells' (which the chart's cache does not carry).
        chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().setSourceLinked(false);
    }

    private static void setVal(XmlObject element, String value) {
        try (XmlCursor cursor = element.newCursor()) {
            cursor.setAttributeText(new QName("val"), value);
        }
    }

    private static XDDFNumericalDataSource<Double> numbers(List<BigDecimal> values, String ref) {
        return XDDFDataSourcesFactory.fromArray(
                values.stream().map(BigDecimal::doubleValue).toArray(Double[]::new), ref);
    }

    private boolean french() {
        return "fr".equals(context.labels().locale().getLanguage());
    }
}
