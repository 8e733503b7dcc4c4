package dev.careers.export.xlsx;

import java.math.BigDecimal;

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
    void text(Row row, int column, String text, int line, boolean wrap, ColumnWidths widths) {
        if (text == null) {
            return;
        }
        String value = safeText.cell(text, line);
        // Always a string cell: "=1+1" is stored as text, not a formula.
        row.text(column, value, styles.text(wrap, SafeText.looksLikeFormula(value)));
        widths.fit(column, value);
    }

    /** Writes a web address from the source as a link, styled as one. */
    void link(SheetWriter sheet, Row row, int column, String url, int line, ColumnWidths widths) {
        String value = safeText.cell(url, line);
        row.text(column, value, styles.link());
        sheet.hyperlink(row.index(), column, url);
        widths.fit(column, value);
    }

    /** Writes text from the source as a block title. */
    void title(Row row, int column, String text, int line) {
        String value = safeText.cell(text, line);
        row.text(column, value, styles.title(SafeText.looksLikeFormula(value)));
    }

    /** Writes one of our own labels (a header or a title) with a given style. */
    void label(Row row, int column, String text, int style, ColumnWidths widths) {
        row.text(column, text, style);
        if (widths != null) {
            widths.fit(column, text);
        }
    }

    /** Writes an amount as a number in its currency's format; leaves no cell for a null amount. */
    void amount(Row row, int column, BigDecimal value, String currency, ColumnWidths widths) {
        if (value == null) {
            return;
        }
        row.number(column, value.doubleValue(), styles.amount(currency, hasFraction(value)));
        widths.fitNumber(column, value.toBigInteger().toString().length());
    }

    /**
     * Writes a formula of ours with its result, shown in a currency format with two decimals or
     * none.
     *
     * <p>The result is computed by the caller: the export never evaluates a formula, and readers
     * that do not recalculate (previews, openpyxl) show only this cached value. The tests check
     * that LibreOffice's recalculation and POI's evaluator give the same values.
     *
     * @param formula the formula, or null to write only its value
     * @param result the formula's value, or null when it gives the empty text
     */
    void amountFormula(Row row, int column, String formula, BigDecimal result, String currency,
            boolean decimals, ColumnWidths widths) {
        int style = styles.amount(currency, decimals);
        if (result == null) {
            if (formula != null) {
                row.formula(column, formula, "", style);
            } else {
                row.text(column, "", style);
            }
            return;
        }
        if (formula != null) {
            row.formula(column, formula, result.doubleValue(), style);
        } else {
            row.number(column, result.doubleValue(), style);
        }
        widths.fitNumber(column, result.toBigInteger().toString().length());
    }

    /** Writes a whole number, such as a line number. */
    void integer(Row row, int column, long value, ColumnWidths widths) {
        row.number(column, value, styles.integer());
        widths.fit(column, Long.toString(value));
    }

    /** Writes a yes/no value as a boolean cell, which filters well. */
    void bool(Row row, int column, boolean value) {
        row.bool(column, value);
    }

    /** Whether an amount has cents, so that its format needs decimals. */
    static boolean hasFraction(BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() > 0;
    }
}
