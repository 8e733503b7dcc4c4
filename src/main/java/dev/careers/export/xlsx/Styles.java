package dev.careers.export.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, each created once and shared by every cell that looks the
 * same: a workbook holds at most 64,000 styles, and creating one is far dearer than looking it
 * up. The fixed styles are made up front; amount styles on first use of a currency. Not
 * thread-safe; one per workbook.
 */
final class Styles {
    private final Workbook workbook;
    private final CurrencyFormats currencies;
    private final DataFormat dataFormat;
    // text(wrap, quoted), indexed (wrap ? 2 : 0) + (quoted ? 1 : 0)
    private final CellStyle[] texts = new CellStyle[4];
    private final CellStyle[] titles = new CellStyle[2];
    private final CellStyle header;
    private final CellStyle integer;
    private final CellStyle link;
    private final Map<String, CellStyle> amounts = new HashMap<>();

    Styles(Workbook workbook, CurrencyFormats currencies) {
        this.workbook = workbook;
        this.currencies = currencies;
        this.dataFormat = workbook.createDataFormat();
        for (int slot = 0; slot < texts.length; slot++) {
            CellStyle style = top();
            style.setWrapText(slot >= 2);
            // The quote prefix keeps "=1+1" or "@cmd" text when someone edits the cell in Excel;
            // the stored value is a string cell either way.
            style.setQuotePrefixed(slot % 2 == 1);
            texts[slot] = style;
        }
        Font bold = font(true, (short) 11, false);
        Font large = font(true, (short) 13, false);
        for (int quoted = 0; quoted < titles.length; quoted++) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(large);
            style.setQuotePrefixed(quoted == 1);
            titles[quoted] = style;
        }
        header = top();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        integer = top();
        integer.setDataFormat(dataFormat.getFormat("0"));
        link = top();
        link.setFont(font(false, (short) 11, true));
    }

    /** Text, wrapped or not; quoted when it would look like a formula to a person editing it. */
    CellStyle text(boolean wrap, boolean quoted) {
        return texts[(wrap ? 2 : 0) + (quoted ? 1 : 0)];
    }

    /** A column header outside a table: bold on a light fill with a bottom border. */
    CellStyle header() {
        return header;
    }

    /** A block title: bold and larger; quoted as {@link #text} when it looks like a formula. */
    CellStyle title(boolean quoted) {
        return titles[quoted ? 1 : 0];
    }

    /** An amount in a currency (ISO code, or null when unknown), with two decimals or none. */
    CellStyle amount(String currency, boolean decimals) {
        return amounts.computeIfAbsent(currency + decimals, k -> {
            CellStyle style = top();
            style.setDataFormat(dataFormat.getFormat(currencies.format(currency, decimals)));
            return style;
        });
    }

    /** The number formats of amounts in the workbook's language, which its charts use too. */
    CurrencyFormats currencies() {
        return currencies;
    }

    /** A whole number, such as a line number. */
    CellStyle integer() {
        return integer;
    }

    /** A hyperlink: blue and underlined, as readers expect. */
    CellStyle link() {
        return link;
    }

    private CellStyle top() {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private Font font(boolean bold, short points, boolean underlinedBlue) {
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints(points);
        if (underlinedBlue) {
            font.setUnderline(Font.U_SINGLE);
            font.setColor(IndexedColors.BLUE.getIndex());
        }
        return font;
    }
}
