package dev.careers.export.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A sheet that is a header row followed by rows, the shape shared by Details, Sources and
 * Diagnostics: styled, frozen header repeated on each printed page, columns sized to their content
 * when done. Not thread-safe.
 */
final class ListSheet {
    private final WorkbookContext context;
    private final Sheet sheet;
    private final ColumnWidths widths;
    private int next = 1;

    /**
     * Creates the sheet with its header.
     *
     * @param columns the {@code xlsx.col.} label keys of the columns
     * @param limits the widest each column may get, in characters
     */
    ListSheet(WorkbookContext context, String name, List<String> columns, int... limits) {
        this.context = context;
        this.sheet = context.newSheet(name);
        this.widths = new ColumnWidths(limits);
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            context.cells().label(header, c, context.label("col." + columns.get(c)),
                    context.styles().header(), widths);
        }
        sheet.createFreezePane(0, 1);
    }

    ColumnWidths widths() {
        return widths;
    }

    /** Starts the next row. */
    Row nextRow() {
        return sheet.createRow(next++);
    }

    /** Sizes the columns and sets up printing; call once all rows are written. */
    void finish() {
        widths.apply(sheet);
        context.print().apply(sheet, 1, widths.total());
    }
}
