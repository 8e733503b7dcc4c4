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

/**
 * Turns text into OpenPDF phrases in the brochure's styles. Each run of characters gets the face
 * that can show it (the main face, else the fallback), and every container gets a font too, so no
 * unembedded standard font slips into the PDF. Words wider than their column are broken with a hyphen.
 * One per export: OpenPDF fonts are mutable.
 */
final class Typesetter {
    /** Words shorter than this fit every column: they are not measured. */
    private static final int MIN_BREAKABLE = 12;
    /** Room kept free on each side of a measured line, for rounding and cell borders. */
    static final float SLACK = 12;

    private final FontSet fonts;
    private final Palette palette;
    private final Map<Style, Font> main = new EnumMap<>(Style.class);

    private final float columnWidth;

    /** A typesetter for text columns of the given width, in points. */
    Typesetter(FontSet fonts, Palette palette, float columnWidth) {
        this.fonts = fonts;
        this.columnWidth = columnWidth;
        this.palette = palette;
        for (Style style : Style.values()) {
            Color colour = palette.colour(style.role);
            main.put(style, new Font(style.bold ? fonts.bold() : fonts.regular(), style.size, Font.NORMAL, colour));
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

    private static final int MAX_CHUNK = 1024;

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
        String drawable = UndrawnSequences.clean(Normalizer.normalize(text, Normalizer.Form.NFC),
                cp -> fonts.faceFor(cp, mainFont.getBaseFont()) != null);
        String normalized = breakLongWords(drawable, style, mainFont, width);
        Map<BaseFont, Font> fallbackFonts = null; // one Font per fallback face the text needs
        var chunks = new java.util.ArrayList<Chunk>();
        Font runFont = null;
        int runStart = 0;
        for (int i = 0; i < normalized.length(); ) {
            int codePoint = normalized.codePointAt(i);
            Font font = mainFont;
            BaseFont face = faceFor(codePoint, mainFont);
            if (face != mainFont.getBaseFont()) {
                if (fallbackFonts == null) {
                    fallbackFonts = new java.util.IdentityHashMap<>(2);
                }
                font = fallbackFonts.computeIfAbsent(face, f -> new Font(f, style.size, Font.NORMAL, mainFont.getColor()));
            }
            if (runFont != null && font != runFont) {
                chunks.add(new Chunk(normalized.substring(runStart, i), runFont));
                runStart = i;
            }
            runFont = font;
            i += Character.charCount(codePoint);
            // OpenPDF copies the rest of a chunk at every line it breaks: a 5 MB paragraph in one
            // chunk takes minutes. Chunks of about a kilobyte, cut after a space, keep it linear;
            // the (neutral) character spacing stops Phrase.add from merging them back.
            if (codePoint == ' ' && i - runStart >= MAX_CHUNK) {
                Chunk piece = new Chunk(normalized.substring(runStart, i), runFont);
                piece.setCharacterSpacing(0);
                chunks.add(piece);
                runStart = i;
            }
        }
        if (runStart < normalized.length()) {
            chunks.add(new Chunk(normalized.substring(runStart), runFont));
        }
        return chunks;
    }

    private BaseFont faceFor(int codePoint, Font mainFont) {
        BaseFont face = fonts.faceFor(codePoint, mainFont.getBaseFont());
        return face == null ? mainFont.getBaseFont() : face;
    }

    // OpenPDF cuts a word wider than its line anywhere and without a hyphen, so a reader (or
    // pdftotext) sees two words. Such words are cut here into lines that fit, ending in a hyphen
    // (addresses without one). Words are found by hand rather than with a regex: every text of
    // the brochure passes here, and almost none has a word long enough to be measured.
    private String breakLongWords(String text, Style style, Font mainFont, float width) {
        StringBuilder result = null;
        int copied = 0;
        String hyphen = style == Style.URL ? "" : "-";
        int length = text.length();
        for (int start = 0; start < length; ) {
            if (isSpace(text.charAt(start))) {
                start++;
                continue;
            }
            int end = start + 1;
            while (end < length && !isSpace(text.charAt(end))) {
                end++;
            }
            if (end - start >= MIN_BREAKABLE && widthOf(text.substring(start, end), mainFont) > width) {
                if (result == null) {
                    result = new StringBuilder(length + 16);
                }
                result.append(text, copied, start);
                appendBroken(result, text.substring(start, end), hyphen, width - widthOf(hyphen, mainFont), mainFont);
                copied = end;
            }
            start = end;
        }
        return result == null ? text : result.append(text, copied, length).toString();
    }

    // The separators of the regex class \s, which the words of breakLongWords used to be split on.
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private void appendBroken(StringBuilder result, String word, String hyphen, float room, Font mainFont) {
        var line = new StringBuilder();
        for (int i = 0; i < word.length(); ) {
            int next = word.offsetByCodePoints(i, 1);
            String candidate = line + word.substring(i, next);
            if (line.length() > 0 && widthOf(candidate, mainFont) > room) {
                result.append(line).append(hyphen).append('\n');
                line.setLength(0);
                continue;
            }
            line.append(word, i, next);
            i = next;
        }
        result.append(line);
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
