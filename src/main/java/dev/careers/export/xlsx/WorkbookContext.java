package dev.careers.export.xlsx;

import dev.careers.export.Labels;
import java.util.Map;
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
 * @param parts package parts written by us rather than POI, by zip entry name
 *     ({@code xl/charts/chart1.xml}): put in place of POI's when the package is copied
 */
record WorkbookContext(SXSSFWorkbook workbook, Labels labels, Cells cells, boolean combined,
        Map<String, byte[]> parts) {

    Styles styles() {
        return cells.styles();
    }

    /**
     * The non-streamed side of a sheet, for the parts streaming does not offer (tables, charts).
     * It holds no rows: those are streamed.
     */
    XSSFSheet xssfSheet(String name) {
        return workbook.getXSSFWorkbook().getSheet(name);
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
