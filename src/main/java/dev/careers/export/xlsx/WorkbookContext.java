package dev.careers.export.xlsx;

import dev.careers.export.internal.Labels;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What every sheet writer of one workbook shares. Not thread-safe; one per workbook.
 *
 * @param workbook the workbook being built: {@link #xssf} itself, or for many rows a streamed
 *     workbook over it, whose rows are written out as they are made so that memory stays bounded
 * @param xssf the workbook's parts that are not streamed: tables, charts
 * @param labels words in the workbook's language
 * @param cells the cell writer
 * @param combined whether the workbook compares several documents (adds a Document column)
 * @param print how each sheet prints
 */
record WorkbookContext(Workbook workbook, XSSFWorkbook xssf, Labels labels, Cells cells, boolean combined,
        PrintLayout print) {

    Styles styles() {
        return cells.styles();
    }

    /** Adds a sheet to the workbook. */
    Sheet newSheet(String name) {
        return workbook.createSheet(name);
    }

    /**
     * The non-streamed side of a sheet, for what streaming does not offer (tables, charts). In a
     * streamed workbook it holds no rows.
     */
    XSSFSheet xssfSheet(Sheet sheet) {
        return xssf.getSheetAt(workbook.getSheetIndex(sheet));
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
