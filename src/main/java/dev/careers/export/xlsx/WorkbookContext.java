package dev.careers.export.xlsx;

import dev.careers.export.internal.Labels;

/**
 * What every sheet writer of one workbook shares. Not thread-safe; one per workbook.
 *
 * @param pkg the package the parts are written to
 * @param workbook the workbook part, which numbers the sheets
 * @param labels words in the workbook's language
 * @param cells the cell writer
 * @param combined whether the workbook compares several documents (adds a Document column)
 */
record WorkbookContext(PackageWriter pkg, WorkbookPart workbook, Labels labels, Cells cells,
        boolean combined) {

    Styles styles() {
        return cells.styles();
    }

    /** Adds a sheet to the workbook; its rows are written as they come. */
    SheetWriter newSheet(String name) {
        return workbook.addSheet(name);
    }

    /** A label of the {@code xlsx.} block. */
    String label(String key, Object... arguments) {
        return labels.get("xlsx." + key, arguments);
    }

    /** A sheet name as it must be written inside a formula or a chart reference. */
    static String quoted(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }
}
