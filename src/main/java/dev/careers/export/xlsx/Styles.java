package dev.careers.export.xlsx;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cell styles of one workbook, numbered in the order first used and written as the styles
 * part once every sheet is done. A style is shared by every cell that looks the same: a workbook
 * holds at most 64,000 styles. Not thread-safe; one per workbook.
 */
final class Styles {
    static final String PART = "xl/styles.xml";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

    // Fonts, fills and borders are few and fixed; their index is their place in these lists.
    private static final int FONT_TITLE = 1;
    private static final int FONT_BOLD = 2;
    private static final int FONT_LINK = 3;
    private static final int FILL_HEADER = 2;
    private static final int BORDER_BOTTOM = 1;
    private static final int INDEXED_PALE_BLUE = 44;
    private static final int INDEXED_BLUE = 12;
    // Formats every reader knows by number; others get a number from 164 on.
    private static final Map<String, Integer> BUILT_IN_FORMATS = Map.of("0", 1, "#,##0", 3, "#,##0.00", 4);
    private static final int FIRST_CUSTOM_FORMAT = 164;

    /** One cell format ({@code <xf>}): indexes into the lists above, and the alignment. */
    private record Format(int numberFormat, int font, int fill, int border, boolean top, boolean wrap,
            boolean quotePrefix) {
        // Written out: a record's generated equals and hashCode link method handles on first use,
        // about 10 ms of a cold run.
        @Override
        public boolean equals(Object other) {
            return other instanceof Format f && f.numberFormat == numberFormat && f.font == font
                    && f.fill == fill && f.border == border && f.top == top && f.wrap == wrap
                    && f.quotePrefix == quotePrefix;
        }

        @Override
        public int hashCode() {
            int hash = numberFormat;
            hash = 31 * hash + font;
            hash = 31 * hash + fill;
            hash = 31 * hash + border;
            return 8 * hash + (top ? 4 : 0) + (wrap ? 2 : 0) + (quotePrefix ? 1 : 0);
        }
    }

    private final CurrencyFormats currencies;
    private final Map<Format, Integer> formats = new LinkedHashMap<>();
    private final Map<String, Integer> numberFormats = new LinkedHashMap<>();
    // The styles asked for on every cell, looked up without building a Format each time.
    private final int[] texts = new int[4];
    private final Map<String, Integer> amounts = new HashMap<>();

    Styles(CurrencyFormats currencies) {
        this.currencies = currencies;
        formats.put(new Format(0, 0, 0, 0, false, false, false), 0);
        Arrays.fill(texts, -1);
    }

    /** Text, wrapped or not; quoted when it would look like a formula to a person editing it. */
    int text(boolean wrap, boolean quoted) {
        // The quote prefix keeps "=1+1" or "@cmd" text when someone edits the cell in Excel; the
        // stored value is a string cell either way.
        int slot = (wrap ? 2 : 0) + (quoted ? 1 : 0);
        if (texts[slot] < 0) {
            texts[slot] = format(new Format(0, 0, 0, 0, true, wrap, quoted));
        }
        return texts[slot];
    }

    /** A column header outside a table: bold on a light fill with a bottom border. */
    int header() {
        return format(new Format(0, FONT_BOLD, FILL_HEADER, BORDER_BOTTOM, true, true, false));
    }

    /** A block title: bold and larger; quoted as {@link #text} when it looks like a formula. */
    int title(boolean quoted) {
        return format(new Format(0, FONT_TITLE, 0, 0, false, false, quoted));
    }

    /** An amount in a currency. */
    int amount(String currency, boolean decimals) {
        return amounts.computeIfAbsent(currency + decimals, k -> format(new Format(
                numberFormat(currencies.format(currency, decimals)), 0, 0, 0, true, false, false)));
    }

    /** The number formats of amounts in the workbook's language, which its charts use too. */
    CurrencyFormats currencies() {
        return currencies;
    }

    /** A whole number, such as a line number. */
    int integer() {
        return format(new Format(numberFormat("0"), 0, 0, 0, true, false, false));
    }

    /** A hyperlink: blue and underlined, as readers expect. */
    int link() {
        return format(new Format(0, FONT_LINK, 0, 0, true, false, false));
    }

    /** Writes the styles part. */
    void write(PackageWriter pkg) {
        pkg.part(PART, CONTENT_TYPE, xml -> {
            xml.start("styleSheet").attribute("xmlns", SheetWriter.MAIN_NAMESPACE);
            if (!numberFormats.isEmpty()) {
                xml.start("numFmts").attribute("count", numberFormats.size());
                numberFormats.forEach((code, id) ->
                        xml.start("numFmt").attribute("numFmtId", id).attribute("formatCode", code).end());
                xml.end();
            }
            writeFonts(xml);
            writeFills(xml);
            writeBorders(xml);
            xml.start("cellStyleXfs").attribute("count", 1)
                    .start("xf").attribute("numFmtId", 0).attribute("fontId", 0).attribute("fillId", 0)
                    .attribute("borderId", 0).end().end();
            // No cellStyles: with a Normal style LibreOffice shows the cells in its own default font
            // rather than the workbook's Calibri.
            xml.start("cellXfs").attribute("count", formats.size());
            formats.keySet().forEach(format -> writeFormat(xml, format));
            xml.end();
            xml.end();
        });
    }

    private int format(Format format) {
        return formats.computeIfAbsent(format, f -> formats.size());
    }

    private int numberFormat(String code) {
        Integer builtIn = BUILT_IN_FORMATS.get(code);
        if (builtIn != null) {
            return builtIn;
        }
        return numberFormats.computeIfAbsent(code, c -> FIRST_CUSTOM_FORMAT + numberFormats.size());
    }

    private static void writeFonts(XmlWriter xml) {
        xml.start("fonts").attribute("count", 4);
        xml.start("font").empty("sz", "val", 11).empty("color", "indexed", 8).empty("name", "val", "Calibri")
                .empty("family", "val", 2).empty("scheme", "val", "minor").end();
        xml.start("font").empty("b", "val", 1).empty("sz", "val", 13).empty("name", "val", "Calibri").end();
        xml.start("font").empty("b", "val", 1).empty("sz", "val", 11).empty("name", "val", "Calibri").end();
        xml.start("font").empty("u", "val", "single").empty("sz", "val", 11)
                .empty("color", "indexed", INDEXED_BLUE).empty("name", "val", "Calibri").end();
        xml.end();
    }

    private static void writeFills(XmlWriter xml) {
        xml.start("fills").attribute("count", 3);
        xml.start("fill").empty("patternFill", "patternType", "none").end();
        xml.start("fill").empty("patternFill", "patternType", "gray125").end();
        xml.start("fill").start("patternFill").attribute("patternType", "solid")
                .empty("fgColor", "indexed", INDEXED_PALE_BLUE).end().end();
        xml.end();
    }

    private static void writeBorders(XmlWriter xml) {
        xml.start("borders").attribute("count", 2);
        for (boolean bottom : new boolean[] {false, true}) {
            xml.start("border").start("left").end().start("right").end().start("top").end();
            xml.start("bottom");
            if (bottom) {
                xml.attribute("style", "thin");
            }
            xml.end().start("diagonal").end().end();
        }
        xml.end();
    }

    private static void writeFormat(XmlWriter xml, Format format) {
        xml.start("xf").attribute("numFmtId", format.numberFormat()).attribute("fontId", format.font())
                .attribute("fillId", format.fill()).attribute("borderId", format.border()).attribute("xfId", 0);
        if (format.numberFormat() != 0) {
            xml.attribute("applyNumberFormat", 1);
        }
        if (format.font() != 0) {
            xml.attribute("applyFont", 1);
        }
        if (format.fill() != 0) {
            xml.attribute("applyFill", 1);
        }
        if (format.border() != 0) {
            xml.attribute("applyBorder", 1);
        }
        if (format.top() || format.wrap()) {
            xml.attribute("applyAlignment", 1);
        }
        if (format.quotePrefix()) {
            xml.attribute("quotePrefix", 1);
        }
        if (format.top() || format.wrap()) {
            xml.start("alignment");
            if (format.top()) {
                xml.attribute("vertical", "top");
            }
            if (format.wrap()) {
                xml.attribute("wrapText", 1);
            }
            xml.end();
        }
        xml.end();
    }
}
