package dev.careers.export.xlsx;

import java.util.List;

/**
 * A sheet that is a header row followed by rows, the shape shared by Details, Sources and
 * Diagnostics: styled, frozen header, columns sized to their content when done. Not thread-safe.
 */
final class ListSheet {
    private final SheetWriter sheet;
    private final ColumnWidths widths;
    private int next = 1;

    /**
     * Creates the sheet with its header.
     *
     * @param columns the {@code xlsx.col.} label keys of the columns
     * @param limits the widest each column may get, in characters
     */
    ListSheet(WorkbookContext context, String name, List<String> columns, int... limits) {
        this.sheet = context.newSheet(name);
        this.widths = new ColumnWidths(limits);
        Row header = sheet.row(0);
        for (int c = 0; c < columns.size(); c++) {
            context.cells().label(header, c, context.label("col." + columns.get(c)),
                    context.styles().header(), widths);
        }
        sheet.freezeHeader();
    }

    SheetWriter sheet() {
        return sheet;
    }

    ColumnWidths widths() {
        return widths;
    }

    /** Starts the next row. */
    Row nextRow() {
        return sheet.row(next++);
    }

    /** Sizes the columns and writes the sheet; call once all rows are written. */
    void finish() {
        sheet.finish(widths);
    }
}
