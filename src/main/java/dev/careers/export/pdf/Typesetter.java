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
 * unembedded standard font slips into the PDF. Words longer than a line are broken with a hyphen.
 * One per export: OpenPDF fonts are mutable.
 */
final class Typesetter {
    /** Words this long get a {@link LongWordBreak}: shorter ones always fit a line. */
    private static final Pattern LONG_WORD = Pattern.compile("\\S{24,}");

    private final FontSet fonts;
    private final Palette palette;
    private final Map<Style, Font> main = new EnumMap<>(Style.class);
    private final Map<Style, Font> fallback = new EnumMap<>(Style.class);

    Typesetter(FontSet fonts, Palette palette) {
        this.fonts = fonts;
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

    /** A phrase of text in a style. */
    Phrase phrase(String text, Style style) {
        Phrase phrase = new Phrase(style.leading(), "", font(style));
        append(phrase, text, style);
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

    /** Adds text to a phrase as chunks, each in the face that can show it. */
    void append(Phrase phrase, String text, Style style) {
        for (Chunk chunk : chunks(text, style, main.get(style))) {
            phrase.add(chunk);
        }
    }

    /** Adds text in a style but another colour. */
    void append(Phrase phrase, String text, Style style, Color colour) {
        for (Chunk chunk : chunks(text, style, font(style, colour))) {
            phrase.add(chunk);
        }
    }

    /** The chunks of a text: one per run of the same face, long words apart. */
    java.util.List<Chunk> chunks(String text, Style style, Font mainFont) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        Font fallbackFont = new Font(fallback.get(style));
        fallbackFont.setColor(mainFont.getColor());
        var chunks = new java.util.ArrayList<Chunk>();
        var run = new StringBuilder();
        Font runFont = null;
        for (int i = 0; i < normalized.length(); ) {
            int codePoint = normalized.codePointAt(i);
            BaseFont face = fonts.faceFor(codePoint, mainFont.getBaseFont());
            Font font = face == fonts.fallback() && face != mainFont.getBaseFont() ? fallbackFont : mainFont;
            if (runFont != null && font != runFont) {
                addRun(chunks, run.toString(), runFont, style == Style.URL ? "" : "-");
                run.setLength(0);
            }
            runFont = font;
            run.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        if (run.length() > 0) {
            addRun(chunks, run.toString(), runFont, style == Style.URL ? "" : "-");
        }
        return chunks;
    }

    // Only the long words get the breaking hyphenation, so ordinary words wrap whole.
    private static void addRun(java.util.List<Chunk> chunks, String run, Font font, String hyphen) {
        Matcher longWord = LONG_WORD.matcher(run);
        int start = 0;
        while (longWord.find()) {
            if (longWord.start() > start) {
                chunks.add(new Chunk(run.substring(start, longWord.start()), font));
            }
            Chunk chunk = new Chunk(longWord.group(), font);
            chunk.setHyphenation(new LongWordBreak(hyphen));
            chunks.add(chunk);
            start = longWord.end();
        }
        if (start < run.length()) {
            chunks.add(new Chunk(run.substring(start), font));
        }
    }
}
