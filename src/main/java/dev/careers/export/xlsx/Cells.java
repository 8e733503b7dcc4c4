package dev.careers.export.xlsx;

import java.math.BigDecimal;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
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
    private final CreationHelper helper;

    Cells(Styles styles, SafeText safeText, CreationHelper helper) {
        this.styles = styles;
        this.safeText = safeText;
        this.helper = helper;
    }

    Styles styles() {
        return styles;
    }

    /**
     * Writes text from the source (or a label), if any.
     *
     * @param line the source line, for a truncation warning (0 when unknown)
     */
    void text(Row row, int column, String text, int line, boolean wrap, ColumnWidths widths) {
        if (text == null) {
            return;
        }
        // Spaces at the edges show nothing, and an inline string that keeps them (" | Annual pay", a
        // table row whose first cell is empty) needs xml:space, which the sheet's schema refuses.
        String value = safeText.cell(text.strip(), line);
        // setCellValue(String) always gives a string cell: "=1+1" is stored as text, not a formula.
        set(row, column, value, styles.text(wrap, SafeText.looksLikeFormula(value)));
        widths.fit(column, value);
    }

    /** Writes a web address from the source as a link, styled as one. */
    void link(Row row, int column, String url, int line, ColumnWidths widths) {
        String value = safeText.cell(url, line);
        Cell cell = set(row, column, value, styles.link());
        Hyperlink hyperlink = helper.createHyperlink(HyperlinkType.URL);
        hyperlink.setAddress(url);
        cell.setHyperlink(hyperlink);
        widths.fit(column, value);
    }

    /** Writes text from the source as a block title. */
    void title(Row row, int column, String text, int line) {
        String value = safeText.cell(text, line);
        set(row, column, value, styles.title(SafeText.looksLikeFormula(value)));
    }

    /** Writes one of our own labels (a header or a title) with a given style. */
    void label(Row row, int column, String text, CellStyle style, ColumnWidths widths) {
        set(row, column, text, style);
        if (widths != null) {
            widths.fit(column, text);
        }
    }

    /** Writes an amount as a number in its currency's format; leaves no cell for a null amount. */
    void amount(Row row, int column, BigDecimal value, String currency, ColumnWidths widths) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.amount(currency, hasFraction(value)));
        widths.fitNumber(column, value.toBigInteger().toString().length());
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
    void amountFormula(Row row, int column, String formula, BigDecimal result, String currency,
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
    }

    /** Writes a whole number, such as a line number. */
    void integer(Row row, int column, long value, ColumnWidths widths) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.integer());
        widths.fit(column, Long.toString(value));
    }

    /** Writes a yes/no value as a boolean cell, which filters well. */
    void bool(Row row, int column, boolean value) {
        row.createCell(column).setCellValue(value);
    }

    /** Whether an amount has cents, so that its format needs decimals. */
    static boolean hasFraction(BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() > 0;
    }

    private static Cell set(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        return cell;
    }
}
