package dev.careers.export.xlsx;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes typed cells: source text always as a string cell (never a formula, whatever it starts
 * with), amounts as numbers with their currency format, formulas from our own code only, each with
 * its cached result. Keeps the sheet's {@link ColumnWidths} up to date. Not thread-safe; one per
 * workbook.
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
    Cell text(Row row, int column, String text, int line, boolean wrap, ColumnWidths widths) {
        if (text == null) {
            return null;
        }
        String value = safeText.cell(text, line);
        Cell cell = row.createCell(column);
        // setCellValue(String) always gives a string cell: "=1+1" is stored as text, not a formula.
        cell.setCellValue(value);
        cell.setCellStyle(styles.text(wrap, SafeText.looksLikeFormula(value)));
        widths.fit(column, value);
        return cell;
    }

    /** Writes text from the source as a block title. */
    Cell title(Row row, int column, String text, int line) {
        String value = safeText.cell(text, line);
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.title(SafeText.looksLikeFormula(value)));
        return cell;
    }

    /** Writes one of our own labels (a header or a title) with a given style. */
    Cell label(Row row, int column, String text, CellStyle style, ColumnWidths widths) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (widths != null) {
            widths.fit(column, text);
        }
        return cell;
    }

    /** Writes an amount as a number in its currency's format; leaves no cell for a null amount. */
    Cell amount(Row row, int column, BigDecimal value, String currency, ColumnWidths widths) {
        if (value == null) {
            return null;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.amount(currency, hasFraction(value)));
        widths.fitNumber(column, value.toBigInteger().toString().length());
        return cell;
    }

    /**
     * Writes a formula of ours with its result, shown in a currency format with two decimals or
     * none.
     *
     * <p>The result is computed by the caller rather than by POI's evaluator: a streamed workbook
     * cannot evaluate formulas over rows already written, and readers that do not recalculate
     * (previews, openpyxl) show only this cached value. The tests check that LibreOffice's
     * recalculation and POI's evaluator give the same values.
     *
     * @param formula the formula, or null to write only its value
     * @param result the formula's value, or null when it gives the empty text
     */
    Cell amountFormula(Row row, int column, String formula, BigDecimal result, String currency,
            boolean decimals, ColumnWidths widths) {
        Cell cell = row.createCell(column);
        if (formula != null) {
            cell.setCellFormula(formula);
        }
        if (result != null) {
            cell.setCellValue(result.doubleValue());
            widths.fitNumber(column, result.toBigInteger().toString().length());
        } else {
            cell.setCellValue("");
        }
        cell.setCellStyle(styles.amount(currency, decimals));
        return cell;
    }

    /** Writes a whole number, such as a line number. */
    Cell integer(Row row, int column, long value, ColumnWidths widths) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.integer());
        widths.fit(column, Long.toString(value));
        return cell;
    }

    /** Writes a yes/no value as a boolean cell, which filters well. */
    Cell bool(Row row, int column, boolean value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    /** Whether an amount has cents, so that its format needs decimals. */
    static boolean hasFraction(BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() > 0;
    }
}
