package dev.careers.export.xlsx;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths computed from the text written, because {@code autoSizeColumn} needs fonts that
 * a headless server may lack and reads every cell again. Not thread-safe; one per sheet.
 */
final class ColumnWidths {
    private static final int MAX_WIDTH = 255; // Excel's widest column, in characters

    private final int[] chars;
    private final int[] limits;

    /** Widths for columns whose widest allowed size is given in characters. */
    ColumnWidths(int... limits) {
        this.limits = limits.clone();
        this.chars = new int[limits.length];
    }

    /** Notes text written in a column; a multi-line text counts by its longest line. */
    void fit(int column, String text) {
        if (column >= chars.length || text == null) {
            return;
        }
        int longest = 0;
        int start = 0;
        for (int end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
            int stop = end < 0 ? text.length() : end;
            longest = Math.max(longest, stop - start);
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        chars[column] = Math.max(chars[column], longest);
    }

    /** Notes a formatted number's width. */
    void fitNumber(int column, int digits) {
        if (column < chars.length) {
            // Room for grouping separators and a currency symbol.
            chars[column] = Math.max(chars[column], digits + digits / 3 + 3);
        }
    }

    /** The number of columns sized. */
    int count() {
        return chars.length;
    }

    /** The width in characters a column will get. */
    int width(int column) {
        return Math.min(MAX_WIDTH, Math.min(limits[column], Math.max(4, chars[column]) + 2));
    }

    /** The width in characters of the columns, but those named. */
    int total(int... skipped) {
        int total = 0;
        for (int column = 0; column < chars.length; column++) {
            final int c = column;
            if (java.util.Arrays.stream(skipped).noneMatch(s -> s == c)) {
                total += width(column);
            }
        }
        return total;
    }

    /** Sets every column's width on the sheet. */
    void apply(Sheet sheet) {
        for (int column = 0; column < chars.length; column++) {
            sheet.setColumnWidth(column, width(column) * 256);
        }
    }
}
