package dev.careers.export.xlsx;

import java.math.BigDecimal;
import java.util.List;

/**
 * Draws a native Excel chart of salary ranges: one horizontal bar per career from its lowest to
 * its highest amount. It is a stacked bar chart whose first series (the lowest amount) has no
 * fill, so the visible second series (highest minus lowest) starts at the lowest amount. Not
 * thread-safe; one per workbook.
 *
 * <p>The chart holds the same elements and values that POI's XDDF API wrote when it made this
 * chart, written directly: XDDF cost a third of the export time of a small workbook.
 */
final class RangeChart {
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
    private static final String CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String MAIN_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final int WIDTH_COLUMNS = 10;
    private static final int MIN_HEIGHT_ROWS = 16;
    private static final String BAR_COLOR = "2E75B6";

    /**
     * What to draw. The values are written into the chart as its cache, and the references let
     * Excel and LibreOffice redraw from the cells when they change.
     *
     * @param bars each career's bar length: highest minus lowest, at least a visible sliver
     */
    record Data(String title, String currency, List<String> careers, List<BigDecimal> lowest,
            List<BigDecimal> bars, String careersRef, String lowestRef, String barsRef) {}

    private final WorkbookContext context;
    private int charts;

    RangeChart(WorkbookContext context) {
        this.context = context;
    }

    /**
     * Writes the chart part and places it on a drawing with its top-left corner at a cell; returns
     * the first row below it.
     */
    int draw(Drawing drawing, Data data, int column, int top) {
        int height = Math.max(MIN_HEIGHT_ROWS, (int) Math.ceil(data.careers().size() * 1.3) + 6);
        String part = "xl/charts/chart" + ++charts + ".xml";
        context.pkg().part(part, CONTENT_TYPE, xml -> write(xml, data));
        drawing.chart(part, column, top, WIDTH_COLUMNS, height);
        return top + height;
    }

    // The title in the workbook's language, the axes (careers first at the top, amounts crossing
    // at the max, bars between ticks), two stacked series whose first has no fill, bars fully
    // overlapping, our currency format rather than the cells', and hidden cells plotted (the bar
    // lengths live in a hidden helper column, which Excel skips by default).
    private void write(XmlWriter xml, Data data) {
        xml.start("c:chartSpace").attribute("xmlns:c", CHART_NAMESPACE).attribute("xmlns:a", MAIN_NAMESPACE);
        xml.start("c:chart");
        writeTitle(xml, data.title());
        xml.start("c:plotArea").start("c:layout").end();
        xml.start("c:barChart").empty("c:barDir", "val", "bar").empty("c:grouping", "val", "stacked")
                .empty("c:varyColors", "val", 0);
        List<String> careers = data.careers().stream().map(SafeText::clean).toList();
        writeSeries(xml, 0, context.label("chart.base"), careers, data.careersRef(), data.lowest(), data.lowestRef());
        writeSeries(xml, 1, context.label("chart.range"), careers, data.careersRef(), data.bars(), data.barsRef());
        xml.empty("c:gapWidth", "val", 60).empty("c:overlap", "val", 100)
                .empty("c:axId", "val", 0).empty("c:axId", "val", 1).end();
        xml.start("c:catAx").empty("c:axId", "val", 0)
                .start("c:scaling").empty("c:orientation", "val", "maxMin").end()
                .empty("c:delete", "val", 0).empty("c:axPos", "val", "l")
                .empty("c:majorTickMark", "val", "cross").empty("c:minorTickMark", "val", "none")
                .empty("c:tickLblPos", "val", "nextTo").empty("c:crossAx", "val", 1)
                .empty("c:crosses", "val", "autoZero").empty("c:auto", "val", 0).end();
        xml.start("c:valAx").empty("c:axId", "val", 1)
                .start("c:scaling").empty("c:orientation", "val", "minMax").end()
                .empty("c:delete", "val", 0).empty("c:axPos", "val", "b")
                .start("c:majorGridlines").start("c:spPr").end().end()
                .start("c:numFmt").attribute("formatCode", context.styles().currencies().format(data.currency(), false))
                .attribute("sourceLinked", 0).end()
                .empty("c:majorTickMark", "val", "cross").empty("c:minorTickMark", "val", "none")
                .empty("c:tickLblPos", "val", "nextTo").empty("c:crossAx", "val", 0)
                .empty("c:crosses", "val", "max").empty("c:crossBetween", "val", "between").end();
        xml.end(); // plotArea
        xml.empty("c:plotVisOnly", "val", 0).end(); // chart
        xml.start("c:printSettings").start("c:headerFooter").end()
                .start("c:pageMargins").attribute("b", 0.75).attribute("l", 0.7).attribute("r", 0.7)
                .attribute("t", 0.75).attribute("header", 0.3).attribute("footer", 0.3).end()
                .start("c:pageSetup").end().end();
        xml.end();
    }

    private void writeTitle(XmlWriter xml, String title) {
        xml.start("c:title").start("c:tx").start("c:rich")
                .start("a:bodyPr").attribute("rtlCol", 0).attribute("anchor", "t").end()
                .start("a:lstStyle").end()
                .start("a:p")
                .start("a:pPr").attribute("algn", "l").start("a:defRPr").end().end()
                .start("a:r").empty("a:rPr", "lang", context.labels().locale().toLanguageTag())
                .element("a:t", title).end()
                .start("a:endParaRPr").attribute("lang", "en-US").attribute("sz", 1100).end()
                .end() // p
                .end().end(); // rich, tx
        xml.start("c:layout").end().empty("c:overlay", "val", 0).end();
    }

    private static void writeSeries(XmlWriter xml, int index, String title, List<String> careers,
            String careersRef, List<BigDecimal> values, String valuesRef) {
        xml.start("c:ser").empty("c:idx", "val", index).empty("c:order", "val", index)
                .start("c:tx").element("c:v", title).end();
        xml.start("c:spPr");
        if (index == 0) {
            xml.start("a:noFill").end().start("a:ln").start("a:noFill").end().end();
        } else {
            xml.start("a:solidFill").empty("a:srgbClr", "val", BAR_COLOR).end();
        }
        xml.end();
        xml.start("c:cat").start("c:strRef").element("c:f", careersRef).start("c:strCache")
                .empty("c:ptCount", "val", careers.size());
        for (int i = 0; i < careers.size(); i++) {
            xml.start("c:pt").attribute("idx", i).element("c:v", careers.get(i)).end();
        }
        xml.end().end().end();
        xml.start("c:val").start("c:numRef").element("c:f", valuesRef).start("c:numCache")
                .empty("c:ptCount", "val", values.size());
        for (int i = 0; i < values.size(); i++) {
            xml.start("c:pt").attribute("idx", i).element("c:v", XmlWriter.number(values.get(i).doubleValue())).end();
        }
        xml.end().end().end();
        xml.end();
    }
}
