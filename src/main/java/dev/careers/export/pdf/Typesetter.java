package dev.careers.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text into OpenPDF phrases in the brochure's styles. Each run of characters gets the face
 * that can show it (the main face, else the fallback), and every container gets a font too, so no
 * unembedded standard font slips into the PDF. Words wider than their column are broken with a hyphen.
 * One per export: OpenPDF fonts are mutable.
 */
final class Typesetter {
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** Words shorter than this fit every column: they are not measured. */
    private static final int MIN_BREAKABLE = 12;
    /** Room kept free on each side of a measured line, for rounding and cell borders. */
    private static final float SLACK = 12;

    private final FontSet fonts;
    private final Palette palette;
    private final Map<Style, Font> main = new EnumMap<>(Style.class);
    private final Map<Style, Font> fallback = new EnumMap<>(Style.class);

    private final float columnWidth;

    /** A typesetter for text columns of the given width, in points. */
    Typesetter(FontSet fonts, Palette palette, float columnWidth) {
        this.fonts = fonts;
        this.columnWidth = columnWidth;
        this.palette = palette;
        for (Style style : Style.values()) {
            Color colour = palette.colour(style.role);
            main.put(style, new Font(style.bold ? fonts.bold() : fonts.regular(), style.size, Font.NORMAL, colour));
            fallback.put(style, new Font(fonts.fallback(), style.size, Font.NORMAL, colour));
        }
    }

    Palette palette() {
        return palette;
    }

    FontSet fonts() {
        return fonts;
    }

    /** The main font of a style. */
    Font font(Style style) {
        return main.get(style);
    }

    /** The main font of a style in another colour. */
    Font font(Style style, Color colour) {
        Font font = new Font(main.get(style));
        font.setColor(colour);
        return font;
    }

    /** The width of the text column. */
    float columnWidth() {
        return columnWidth;
    }

    /** A phrase of text in a style, for the full text column. */
    Phrase phrase(String text, Style style) {
        return phrase(text, style, columnWidth);
    }

    /** A phrase of text in a style, for a column of the given width. */
    Phrase phrase(String text, Style style, float width) {
        Phrase phrase = new Phrase(style.leading(), "", font(style));
        append(phrase, text, style, font(style), width);
        return phrase;
    }

    /** A paragraph of text in a style, with space after it. */
    Paragraph paragraph(String text, Style style) {
        Paragraph paragraph = emptyParagraph(style);
        append(paragraph, text, style);
        return paragraph;
    }

    /** A paragraph with no text yet, whose font and leading are those of a style. */
    Paragraph emptyParagraph(Style style) {
        Paragraph paragraph = new Paragraph(style.leading(), "", font(style));
        paragraph.setSpacingAfter(style.size * 0.5f);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        return paragraph;
    }

    /** Adds text to a phrase (in the full text column) as chunks, each in the face that can show it. */
    void append(Phrase phrase, String text, Style style) {
        append(phrase, text, style, main.get(style), columnWidth);
    }

    /** Adds text to a phrase in a column of the given width. */
    void append(Phrase phrase, String text, Style style, float width) {
        append(phrase, text, style, main.get(style), width);
    }

    /** Adds text in a style but another colour. */
    void append(Phrase phrase, String text, Style style, Color colour) {
        append(phrase, text, style, font(style, colour), columnWidth);
    }

    private void append(Phrase phrase, String text, Style style, Font font, float width) {
        for (Chunk chunk : chunks(text, style, font, width - SLACK)) {
            phrase.add(chunk);
        }
    }

    /** The chunks of a text: one per run of the same face. */
    java.util.List<Chunk> chunks(String text, Style style, Font mainFont, float width) {
        String normalized = breakLongWords(Normalizer.normalize(text, Normalizer.Form.NFC), style, mainFont, width);
        Font fallbackFont = new Font(fallback.get(style));
        fallbackFont.setColor(mainFont.getColor());
        var chunks = new java.util.ArrayList<Chunk>();
        var run = new StringBuilder();
        Font runFont = null;
        for (int i = 0; i < normalized.length(); ) {
            int codePoint = normalized.codePointAt(i);
            Font font = faceFor(codePoint, mainFont) == mainFont.getBaseFont() ? mainFont : fallbackFont;
            if (runFont != null && font != runFont) {
                chunks.add(new Chunk(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = font;
            run.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        if (run.length() > 0) {
            chunks.add(new Chunk(run.toString(), runFont));
        }
        return chunks;
    }

    private BaseFont faceFor(int codePoint, Font mainFont) {
        BaseFont face = fonts.faceFor(codePoint, mainFont.getBaseFont());
        return face == null ? mainFont.getBaseFont() : face;
    }

    // OpenPDF cuts a word wider than its line anywhere and without a hyphen, so a reader (or
    // pdftotext) sees two words. Such words are cut here into lines that fit, ending in a hyphen
    // (addresses without one).
    private String breakLongWords(String text, Style style, Font mainFont, float width) {
        Matcher word = WORD.matcher(text);
        StringBuilder result = null;
        int copied = 0;
        String hyphen = style == Style.URL ? "" : "-";
        while (word.find()) {
            if (word.group().length() < MIN_BREAKABLE || widthOf(word.group(), mainFont) <= width) {
                continue;
            }
            if (result == null) {
                result = new StringBuilder(text.length() + 16);
            }
            result.append(text, copied, word.start());
            float room = width - widthOf(hyphen, mainFont);
            var line = new StringBuilder();
            String rest = word.group();
            for (int i = 0; i < rest.length(); ) {
                int next = rest.offsetByCodePoints(i, 1);
                String candidate = line + rest.substring(i, next);
                if (line.length() > 0 && widthOf(candidate, mainFont) > room) {
                    result.append(line).append(hyphen).append('\n');
                    line.setLength(0);
                    continue;
                }
                line.append(rest, i, next);
                i = next;
            }
            result.append(line);
            copied = word.end();
        }
        return result == null ? text : result.append(text.substring(copied)).toString();
    }

    private float widthOf(String text, Font mainFont) {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            total += faceFor(codePoint, mainFont).getWidthPoint(codePoint, mainFont.getSize());
            i += Character.charCount(codePoint);
        }
        return total;
    }
}
