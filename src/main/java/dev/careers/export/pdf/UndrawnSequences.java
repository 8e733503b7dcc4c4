package dev.careers.export.pdf;

import java.util.function.IntPredicate;

/**
 * Leaves out cleanly what no font of the brochure can draw: an emoji goes with the pieces that
 * only dress it (variation selectors, skin tones, a keycap, the zero-width joiner and what it joins:
 * "👩‍💻", "🏃‍♀️"), and the space it leaves before punctuation or another space goes too, so the
 * text reads "Salaires." rather than "Salaires 📈." with a gap. Stateless.
 */
final class UndrawnSequences {
    private static final int ZWJ = 0x200D;
    private static final int KEYCAP = 0x20E3;

    private UndrawnSequences() {}

    /** The text without the sequences whose first code point cannot be drawn. */
    static String clean(String text, IntPredicate drawable) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isDressing(cp) || cp == ZWJ || !drawable.test(cp) && isSymbol(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                i = skipSequence(text, next);
                // The space before a left-out emoji is left out when nothing but space or
                // punctuation follows it.
                if (out.length() > 0 && out.charAt(out.length() - 1) == ' '
                        && (i >= text.length() || " .,;:!?)".indexOf(text.charAt(i)) >= 0)) {
                    out.setLength(out.length() - 1);
                }
                // So is the space after one that opens the text ("💰 UX/UI Design" → "UX/UI Design").
                while (out.length() == 0 && i < text.length() && text.charAt(i) == ' ') {
                    i++;
                }
                continue;
            }
            if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    // After an undrawn code point: its dressing, and anything joined to it by a ZWJ.
    private static int skipSequence(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isDressing(cp)) {
                i += Character.charCount(cp);
            } else if (cp == ZWJ) {
                i += Character.charCount(cp);
                if (i < text.length()) {
                    i += Character.charCount(text.codePointAt(i));
                }
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isDressing(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == KEYCAP
                || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    // Pictographs and other symbols: letters a font lacks are reported, not silently dropped.
    private static boolean isSymbol(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.SURROGATE || cp >= 0x1F000;
    }
}
