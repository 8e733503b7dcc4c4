package dev.careers.export.xlsx;

import dev.careers.export.internal.Labels;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * What every sheet writer of one workbook shares. Not thread-safe; one per workbook.
 *
 * @param workbook the workbook being built, streamed: rows are written out as they are made, so
 *     memory stays bounded for large documents
 * @param labels words in the workbook's language
 * @param cells the cell writer
 * @param combined whether the workbook compares several documents (adds a Document column)
 * @param print how each sheet prints
 */
record WorkbookContext(SXSSFWorkbook workbook, Labels labels, Cells cells, boolean combined,
        PrintLayout print) {

    Styles styles() {
        return cells.styles();
    }

    /** Adds a sheet to the workbook; its rows are streamed as they come. */
    SXSSFSheet newSheet(String name) {
        return workbook.createSheet(name);
    }

    /**
     * The non-streamed side of a sheet, for what streaming does not offer (tables, charts). It
     * holds no rows: those are streamed.
     */
    XSSFSheet xssfSheet(SXSSFSheet sheet) {
        return workbook.getXSSFWorkbook().getSheetAt(workbook.getSheetIndex(sheet));
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
