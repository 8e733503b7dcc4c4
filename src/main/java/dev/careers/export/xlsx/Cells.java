package dev.careers.export.xlsx;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;

/**
 * Writes typed cells: source text always as a string cell (never a formula, whatever it starts
 * with), amounts as numbers with their currency format, formulas from our own code only. Keeps
 * the sheet's {@link ColumnWidths} up to date. Not thread-safe; one per workbook.
 */
final class Cells {
    private final Styles styles;
    private final SafeText safeText;

    Cells(Styles styles, SafeText safeText) {
        this.styles = styles;
        this.safeText = safeText;
    }

    Styles styles() {
        return styles;
    }

    /**
     * Writes text from the source (or a label), if any.
     *
     * @param line the source line, for a truncation warning (0 when unknown)
     */
    XSSFCell text(XSSFRow row, int column, String text, int line, boolean wrap, ColumnWidths widths) {
        if (text == null) {
            return null;
        }
        String value = safeText.cell(text, line);
        XSSFCell cell = row.createCell(column);
        // setCellValue(String) always gives a string cell: "=1+1" is stored as text, not a formula.
        cell.setCellValue(value);
        cell.setCellStyle(styles.text(wrap, SafeText.looksLikeFormula(value)));
        widths.fit(column, value);
        return cell;
    }

    /** Writes text from the source as a block title. */
    XSSFCell title(XSSFRow row, int column, String text, int line) {
        String value = safeText.cell(text, line);
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.title(SafeText.looksLikeFormula(value)));
        return cell;
    }

    /** Writes one of our own labels (a header or a title) with a given style. */
    XSSFCell label(XSSFRow row, int column, String text, CellStyle style, ColumnWidths widths) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (widths != null) {
            widths.fit(column, text);
        }
        return cell;
    }

    /** Writes an amount as a number in its currency's format; leaves no cell for a null amount. */
    XSSFCell amount(XSSFRow row, int column, BigDecimal value, String currency, ColumnWidths widths) {
        if (value == null) {
            return null;
        }
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.amount(currency, hasFraction(value)));
        widths.fitNumber(column, value.toBigInteger().toString().length());
        return cell;
    }

    /** Writes a formula of ours, shown in a currency format, with two decimals or none. */
    XSSFCell amountFormula(XSSFRow row, int column, String formula, String currency, boolean decimals,
            ColumnWidths widths) {
        XSSFCell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(styles.amount(currency, decimals));
        widths.fitNumber(column, 7);
        return cell;
    }

    /** Writes a whole number, such as a line number. */
    XSSFCell integer(XSSFRow row, int column, long value, ColumnWidths widths) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.integer());
        widths.fit(column, Long.toString(value));
        return cell;
    }

    /** Writes a yes/no value as a boolean cell, which filters well. */
    XSSFCell bool(XSSFRow row, int column, boolean value) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    /** Whether an amount has cents, so that its format needs decimals. */
    static boolean hasFraction(BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() > 0;
    }
}
