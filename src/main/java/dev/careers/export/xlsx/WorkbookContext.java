package dev.careers.export.xlsx;

import dev.careers.export.Labels;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What every sheet writer of one workbook shares. Not thread-safe; one per workbook.
 *
 * @param workbook the workbook being built
 * @param labels words in the workbook's language
 * @param cells the cell writer
 * @param combined whether the workbook compares several documents (adds a Document column)
 */
record WorkbookContext(XSSFWorkbook workbook, Labels labels, Cells cells, boolean combined) {

    Styles styles() {
        return cells.styles();
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
