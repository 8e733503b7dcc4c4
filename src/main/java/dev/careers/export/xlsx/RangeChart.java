package dev.careers.export.xlsx;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.xmlbeans.XmlString;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumFmt;

/**
 * Draws a native Excel chart of salary ranges: one horizontal bar per career from its lowest to
 * its highest amount. It is a stacked bar chart whose first series (the lowest amount) has no
 * fill, so the visible second series (highest minus lowest) starts at the lowest amount. Not
 * thread-safe; one per workbook.
 *
 * <p>POI makes the chart part (its drawing anchor and relationships); the chart's XML itself is
 * written here from a template and put in place of POI's when the package is copied
 * ({@link WorkbookContext#parts()}). Building it with POI's XDDF API cost a third of the export
 * time of a small workbook (XMLBeans objects, reflection, a cell lookup per cached value). The
 * template holds the exact XML that XDDF wrote (same elements, attributes, number text and
 * escaping), so the bytes did not change.
 */
final class RangeChart {
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
        String part = chart.getPackagePart().getPartName().getName().substring(1);
        context.parts().put(part, xml(data).getBytes(StandardCharsets.UTF_8));
        return top + height;
    }

    // The chart as XDDF wrote it: the title in the workbook's language (POI would tag it with the
    // JVM's), the axes (careers first at the top, amounts crossing at the max, bars between
    // ticks), two stacked series whose first has no fill, bars fully overlapping, our currency
    // format rather than the cells', and hidden cells plotted (the bar lengths live in a hidden
    // helper column, which Excel skips by default).
    private String xml(Data data) {
        String[] careers = data.careers().stream().map(SafeText::clean).map(RangeChart::text)
                .toArray(String[]::new);
        var xml = new StringBuilder(2048 + 160 * careers.length);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">")
                .append("<c:chart><c:title><c:tx><c:rich><a:bodyPr anchor=\"t\" rtlCol=\"false\"/><a:lstStyle/><a:p><a:pPr algn=\"l\"><a:defRPr/></a:pPr><a:r><a:rPr lang=\"")
                .append(attribute(context.labels().locale().toLanguageTag())).append("\"/><a:t>")
                .append(text(data.title()))
                .append("</a:t></a:r><a:endParaRPr lang=\"en-US\" sz=\"1100\"/></a:p></c:rich></c:tx><c:layout/><c:overlay val=\"false\"/></c:title>")
                .append("<c:plotArea><c:layout/><c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"stacked\"/><c:varyColors val=\"false\"/>");
        series(xml, 0, context.label("chart.base"), "<a:noFill/><a:ln><a:noFill/></a:ln>", careers,
                data.careersRef(), data.lowest(), data.lowestRef());
        series(xml, 1, context.label("chart.range"),
                "<a:solidFill><a:srgbClr val=\"" + BAR_COLOR + "\"/></a:solidFill>", careers,
                data.careersRef(), data.bars(), data.barsRef());
        xml.append("<c:gapWidth val=\"60\"/><c:overlap val=\"100\"/><c:axId val=\"0\"/><c:axId val=\"1\"/></c:barChart>")
                .append("<c:catAx><c:axId val=\"0\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling><c:delete val=\"false\"/><c:axPos val=\"l\"/><c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/><c:auto val=\"false\"/></c:catAx>")
                .append("<c:valAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"false\"/><c:axPos val=\"b\"/><c:majorGridlines><c:spPr/></c:majorGridlines><c:numFmt formatCode=\"")
                .append(attribute(CurrencyFormats.of(data.currency(), french(), false)))
                .append("\" sourceLinked=\"false\"/><c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"0\"/><c:crosses val=\"max\"/><c:crossBetween val=\"between\"/></c:valAx>")
                .append("</c:plotArea><c:plotVisOnly val=\"false\"/></c:chart><c:printSettings><c:headerFooter/><c:pageMargins b=\"0.75\" l=\"0.7\" r=\"0.7\" t=\"0.75\" header=\"0.3\" footer=\"0.3\"/><c:pageSetup/></c:printSettings></c:chartSpace>");
        return xml.toString();
    }

    private static void series(StringBuilder xml, int index, String title, String shape,
            String[] careers, String careersRef, List<BigDecimal> values, String valuesRef) {
        xml.append("<c:ser><c:idx val=\"").append(index).append("\"/><c:order val=\"").append(index)
                .append("\"/><c:tx><c:v>").append(text(title)).append("</c:v></c:tx><c:spPr>")
                .append(shape).append("</c:spPr><c:cat><c:strRef><c:f>").append(text(careersRef))
                .append("</c:f><c:strCache><c:ptCount val=\"").append(careers.length).append("\"/>");
        for (int i = 0; i < careers.length; i++) {
            xml.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(careers[i]).append("</c:v></c:pt>");
        }
        xml.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>").append(text(valuesRef))
                .append("</c:f><c:numCache><c:ptCount val=\"").append(values.size()).append("\"/>");
        for (int i = 0; i < values.size(); i++) {
            // As XDDF writes a cached Double: Double.toString ("45000.0", "1.0E7").
            xml.append("<c:pt idx=\"").append(i).append("\"><c:v>")
                    .append(Double.toString(values.get(i).doubleValue())).append("</c:v></c:pt>");
        }
        xml.append("</c:numCache></c:numRef></c:val></c:ser>");
    }

    /**
     * Element text escaped as XMLBeans saves it. Plain text (the usual case) is written as is;
     * anything XMLBeans might escape is handed to XMLBeans itself, whose rules have corners (it
     * switches to CDATA for long texts with many entities).
     */
    static String text(String value) {
        if (plain(value, "<>&]\r")) {
            return value;
        }
        String fragment = XmlString.Factory.newValue(value).xmlText();
        return fragment.endsWith("/>") ? ""
                : fragment.substring(fragment.indexOf('>') + 1, fragment.lastIndexOf("</"));
    }

    /** An attribute value escaped as XMLBeans saves it, between double quotes. */
    static String attribute(String value) {
        if (plain(value, "<>&\"\r\n\t")) {
            return value;
        }
        CTNumFmt holder = CTNumFmt.Factory.newInstance();
        holder.setFormatCode(value);
        String fragment = holder.xmlText();
        int start = fragment.indexOf("formatCode=\"") + "formatCode=\"".length();
        return fragment.substring(start, fragment.indexOf('"', start));
    }

    private static boolean plain(String value, String special) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || special.indexOf(c) >= 0 || Character.isSurrogate(c) || c >= 0xFFFE) {
                return false;
            }
        }
        return true;
    }

    private boolean french() {
        return "fr".equals(context.labels().locale().getLanguage());
    }
}
