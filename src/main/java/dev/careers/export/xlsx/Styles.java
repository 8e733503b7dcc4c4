package dev.careers.export.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one workbook, each created once: a workbook holds at most 64,000 styles, so
 * styles are shared by key rather than created per cell. Not thread-safe; one per workbook.
 */
final class Styles {
    private final XSSFWorkbook workbook;
    private final boolean french;
    private final Map<String, XSSFCellStyle> cache = new HashMap<>();

    Styles(XSSFWorkbook workbook, boolean french) {
        this.workbook = workbook;
        this.french = french;
    }

    /** Text, wrapped or not; quoted when it would look like a formula to a person editing it. */
    XSSFCellStyle text(boolean wrap, boolean quoted) {
        return cache.computeIfAbsent("text" + wrap + quoted, k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setWrapText(wrap);
            // Keeps "=1+1" or "@cmd" text when someone edits the cell in Excel (the apostrophe
            // prefix); the stored value is a string cell either way.
            style.setQuotePrefixed(quoted);
            return style;
        });
    }

    /** A column header outside a table: bold on a light fill with a bottom border. */
    XSSFCellStyle header() {
        return cache.computeIfAbsent("header", k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFont(font(false));
            style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setBorderBottom(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setWrapText(true);
            return style;
        });
    }

    /** A block title: bold and larger; quoted as {@link #text} when it looks like a formula. */
    XSSFCellStyle title(boolean quoted) {
        return cache.computeIfAbsent("title" + quoted, k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFont(font(true));
            style.setQuotePrefixed(quoted);
            return style;
        });
    }

    /** An amount in a currency. */
    XSSFCellStyle amount(String currency, boolean decimals) {
        String format = CurrencyFormats.of(currency, french, decimals);
        return cache.computeIfAbsent("amount" + format, k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    /** A whole number, such as a line number. */
    XSSFCellStyle integer() {
        return cache.computeIfAbsent("integer", k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("0"));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    /** A hyperlink: blue and underlined, as readers expect. */
    XSSFCellStyle link() {
        return cache.computeIfAbsent("link", k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            XSSFFont font = workbook.createFont();
            font.setUnderline(XSSFFont.U_SINGLE);
            font.setColor(IndexedColors.BLUE.getIndex());
            style.setFont(font);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    private XSSFFont font(boolean large) {
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        if (large) {
            font.setFontHeightInPoints((short) 13);
        }
        return font;
    }
}
