package dev.careers.export.xlsx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One row of a sheet being written. Cells may be set in any column order; the row is written, in
 * column order, when the sheet moves on to the next row. Not thread-safe.
 */
final class Row {
    /**
     * One cell: a value of a type ({@code s} for a shared string's number, {@code inlineStr},
     * {@code n}, {@code str} for a formula's text result, {@code b}), and the formula that computes
     * it, if any.
     */
    private record Cell(int column, int style, String type, String value, String formula) {}

    private final int index;
    private final SharedStrings sharedStrings;
    private final List<Cell> cells = new ArrayList<>();
    private float height;

    Row(int index, SharedStrings sharedStrings) {
        this.index = index;
        this.sharedStrings = sharedStrings;
    }

    /** The row's index, from 0. */
    int index() {
        return index;
    }

    /** A text cell: always a string, whatever the text looks like. */
    void text(int column, String text, int style) {
        int shared = sharedStrings.indexOf(text);
        cells.add(shared < 0 ? new Cell(column, style, "inlineStr", text, null)
                : new Cell(column, style, "s", Integer.toString(shared), null));
    }

    void number(int column, double value, int style) {
        cells.add(new Cell(column, style, "n", XmlWriter.number(value), null));
    }

    /** A formula with its cached numeric result. */
    void formula(int column, String formula, double result, int style) {
        cells.add(new Cell(column, style, "n", XmlWriter.number(result), formula));
    }

    /** A formula whose cached result is a text. */
    void formula(int column, String formula, String result, int style) {
        cells.add(new Cell(column, style, "str", result, formula));
    }

    void bool(int column, boolean value) {
        cells.add(new Cell(column, 0, "b", value ? "1" : "0", null));
    }

    /** Sets the row's height in points, for wrapped text that Excel would not grow the row for. */
    void height(float points) {
        this.height = points;
    }

    /** The highest column with a cell, or -1. */
    int lastColumn() {
        return cells.stream().mapToInt(Cell::column).max().orElse(-1);
    }

    void write(XmlWriter xml) {
        cells.sort(Comparator.comparingInt(Cell::column));
        xml.start("row").attribute("r", index + 1);
        if (height > 0) {
            xml.attribute("ht", height).attribute("customHeight", 1);
        }
        for (Cell cell : cells) {
            xml.start("c").attribute("r", SheetWriter.reference(index, cell.column()));
            if (cell.style() != 0) {
                xml.attribute("s", cell.style());
            }
            if (!cell.type().equals("n")) {
                xml.attribute("t", cell.type());
            }
            if (cell.formula() != null) {
                xml.element("f", cell.formula());
            }
            if (cell.type().equals("inlineStr")) {
                xml.start("is");
                writeText(xml, cell.value());
                xml.end();
            } else {
                xml.element("v", cell.value());
            }
            xml.end();
        }
        xml.end();
    }

    /** The {@code <t>} of a text, keeping its leading and trailing spaces. */
    static void writeText(XmlWriter xml, String text) {
        xml.start("t");
        if (XmlWriter.needsPreserve(text)) {
            xml.attribute("xml:space", "preserve");
        }
        xml.text(text).end();
    }
}
