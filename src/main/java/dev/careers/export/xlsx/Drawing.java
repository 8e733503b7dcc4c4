package dev.careers.export.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * The drawing part of a sheet: where each chart sits, anchored to cells. Not thread-safe; one per
 * sheet.
 */
final class Drawing {
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
    private static final String RELATIONSHIP =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
    private static final String CHART_RELATIONSHIP =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
    private static final String DRAWING_NAMESPACE =
            "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
    private static final String CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String MAIN_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/main";
    // The frame's size as Excel computes it for default columns and rows, in EMU.
    private static final long COLUMN_EMU = 533_400;
    private static final long ROW_EMU = 190_500;

    /** A chart spanning cells from (column, row) to (column + columns, row + rows). */
    private record Anchor(int column, int row, int columns, int rows, String relationship) {}

    private final PackageWriter pkg;
    private final String part;
    private final List<Anchor> anchors = new ArrayList<>();

    /** @param part the part name ({@code xl/drawings/drawing1.xml}) */
    Drawing(PackageWriter pkg, String part) {
        this.pkg = pkg;
        this.part = part;
    }

    /** Places a chart part written elsewhere. */
    void chart(String chartPart, int column, int row, int columns, int rows) {
        anchors.add(new Anchor(column, row, columns, rows, pkg.relate(part, CHART_RELATIONSHIP, chartPart)));
    }

    /** Writes the drawing, if it holds a chart, and shows it on the sheet. */
    void finish(SheetWriter sheet) {
        if (anchors.isEmpty()) {
            return;
        }
        pkg.part(part, CONTENT_TYPE, xml -> {
            xml.start("xdr:wsDr").attribute("xmlns:xdr", DRAWING_NAMESPACE).attribute("xmlns:a", MAIN_NAMESPACE)
                    .attribute("xmlns:c", CHART_NAMESPACE)
                    .attribute("xmlns:r", SheetWriter.RELATIONSHIP_NAMESPACE);
            for (int i = 0; i < anchors.size(); i++) {
                writeAnchor(xml, anchors.get(i), i + 1);
            }
            xml.end();
        });
        sheet.drawing(sheet.relate(RELATIONSHIP, part));
    }

    private static void writeAnchor(XmlWriter xml, Anchor anchor, int number) {
        xml.start("xdr:twoCellAnchor").attribute("editAs", "twoCell");
        writeMarker(xml, "xdr:from", anchor.column(), anchor.row());
        writeMarker(xml, "xdr:to", anchor.column() + anchor.columns(), anchor.row() + anchor.rows());
        xml.start("xdr:graphicFrame").attribute("macro", "");
        xml.start("xdr:nvGraphicFramePr")
                .start("xdr:cNvPr").attribute("id", number + 1).attribute("name", "Chart " + number).end()
                .start("xdr:cNvGraphicFramePr").end()
                .end();
        xml.start("xdr:xfrm")
                .start("a:off").attribute("x", 0).attribute("y", 0).end()
                .start("a:ext").attribute("cx", anchor.columns() * COLUMN_EMU).attribute("cy", anchor.rows() * ROW_EMU).end()
                .end();
        xml.start("a:graphic").start("a:graphicData").attribute("uri", CHART_NAMESPACE)
                .empty("c:chart", "r:id", anchor.relationship())
                .end().end();
        xml.end(); // graphicFrame
        xml.start("xdr:clientData").end();
        xml.end();
    }

    private static void writeMarker(XmlWriter xml, String name, int column, int row) {
        xml.start(name).element("xdr:col", Integer.toString(column)).element("xdr:colOff", "0")
                .element("xdr:row", Integer.toString(row)).element("xdr:rowOff", "0").end();
    }
}
