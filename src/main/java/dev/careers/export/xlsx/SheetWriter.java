package dev.careers.export.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Writes one worksheet part. Rows are written as they come, into a {@link TextSpool}; the part is
 * put together by {@link #finish}, once the column widths and the sheet's extent are known, with
 * its elements in the order the schema requires (Excel refuses a file whose elements are out of
 * order). Not thread-safe; one per sheet.
 *
 * @see <a href="https://ecma-international.org/publications-and-standards/standards/ecma-376/">ECMA-376 Part 1, §18.3.1.99 worksheet</a>
 */
final class SheetWriter {
    static final String MAIN_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELATIONSHIP_NAMESPACE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final String HYPERLINK =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

    private record Hyperlink(String reference, String relationship) {}

    private final PackageWriter pkg;
    private final SharedStrings sharedStrings;
    private final String part;
    private final boolean selected;
    private final TextSpool rows = new TextSpool();
    private final XmlWriter rowsXml = new XmlWriter(rows);
    private final BitSet hiddenColumns = new BitSet();
    private final List<Hyperlink> hyperlinks = new ArrayList<>();
    private final List<String> tables = new ArrayList<>();
    private Row current;
    private int lastRow = -1;
    private int lastColumn = -1;
    private boolean frozenHeader;
    private String drawing;

    /**
     * @param part the part name ({@code xl/worksheets/sheet1.xml})
     * @param selected whether the sheet is the one shown when the workbook opens
     */
    SheetWriter(PackageWriter pkg, SharedStrings sharedStrings, String part, boolean selected) {
        this.pkg = pkg;
        this.sharedStrings = sharedStrings;
        this.part = part;
        this.selected = selected;
    }

    /** Starts a row; rows must come in increasing order, and the previous one is written. */
    Row row(int index) {
        if (index <= lastRow) {
            throw new IllegalArgumentException("row " + index + " must come after row " + lastRow);
        }
        flushRow();
        lastRow = index;
        current = new Row(index, sharedStrings);
        return current;
    }

    /** Keeps the first row in view when scrolling. */
    void freezeHeader() {
        frozenHeader = true;
    }

    void hideColumn(int column) {
        hiddenColumns.set(column);
    }

    /** Makes a cell a link to a web address. */
    void hyperlink(int row, int column, String url) {
        hyperlinks.add(new Hyperlink(reference(row, column), pkg.relateExternal(part, HYPERLINK, url)));
    }

    /** Relates the sheet to a part of the given relationship type; returns the relationship id. */
    String relate(String type, String target) {
        return pkg.relate(part, type, target);
    }

    /** Shows a drawing (charts) on the sheet, by its relationship id. */
    void drawing(String relationship) {
        this.drawing = relationship;
    }

    /** Adds a table to the sheet, by its relationship id. */
    void table(String relationship) {
        tables.add(relationship);
    }

    /** Writes the part, columns sized by {@code widths}. */
    void finish(ColumnWidths widths) {
        flushRow();
        rowsXml.finish();
        try (rows) {
            pkg.part(part, CONTENT_TYPE, xml -> {
                xml.start("worksheet").attribute("xmlns", MAIN_NAMESPACE)
                        .attribute("xmlns:r", RELATIONSHIP_NAMESPACE);
                xml.empty("dimension", "ref", dimension());
                writeView(xml);
                xml.empty("sheetFormatPr", "defaultRowHeight", 15);
                writeColumns(xml, widths);
                xml.start("sheetData").include(rows).end();
                writeHyperlinks(xml);
                xml.start("pageMargins").attribute("left", 0.7).attribute("right", 0.7).attribute("top", 0.75)
                        .attribute("bottom", 0.75).attribute("header", 0.3).attribute("footer", 0.3).end();
                if (drawing != null) {
                    xml.empty("drawing", "r:id", drawing);
                }
                if (!tables.isEmpty()) {
                    xml.start("tableParts").attribute("count", tables.size());
                    tables.forEach(id -> xml.empty("tablePart", "r:id", id));
                    xml.end();
                }
                xml.end();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops the rows not written yet (a failed export), with their temporary file. */
    void discard() {
        try {
            rows.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell reference such as {@code B3}, from 0-based indexes. */
    static String reference(int row, int column) {
        return columnName(column) + (row + 1);
    }

    /** A column's letters: A for 0, Z for 25, AA for 26. */
    static String columnName(int column) {
        var name = new StringBuilder(3);
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    // "A1:N7", or "A1" for a single cell (or none).
    private String dimension() {
        return lastRow <= 0 && lastColumn <= 0 ? "A1" : "A1:" + reference(Math.max(0, lastRow), Math.max(0, lastColumn));
    }

    private void flushRow() {
        if (current != null) {
            lastColumn = Math.max(lastColumn, current.lastColumn());
            current.write(rowsXml);
            current = null;
        }
    }

    private void writeView(XmlWriter xml) {
        xml.start("sheetViews").start("sheetView");
        if (selected) {
            xml.attribute("tabSelected", 1);
        }
        xml.attribute("workbookViewId", 0);
        if (frozenHeader) {
            xml.start("pane").attribute("ySplit", 1).attribute("topLeftCell", "A2")
                    .attribute("activePane", "bottomLeft").attribute("state", "frozen").end();
            xml.start("selection").attribute("pane", "bottomLeft").attribute("activeCell", "A2")
                    .attribute("sqref", "A2").end();
        }
        xml.end().end();
    }

    private void writeColumns(XmlWriter xml, ColumnWidths widths) {
        if (widths.count() == 0) {
            return;
        }
        xml.start("cols");
        for (int column = 0; column < widths.count(); column++) {
            xml.start("col").attribute("min", column + 1).attribute("max", column + 1)
                    .attribute("width", widths.width(column)).attribute("customWidth", 1);
            if (hiddenColumns.get(column)) {
                xml.attribute("hidden", 1);
            }
            xml.end();
        }
        xml.end();
    }

    private void writeHyperlinks(XmlWriter xml) {
        if (hyperlinks.isEmpty()) {
            return;
        }
        xml.start("hyperlinks");
        for (Hyperlink link : hyperlinks) {
            xml.start("hyperlink").attribute("ref", link.reference()).attribute("r:id", link.relationship()).end();
        }
        xml.end();
    }
}
