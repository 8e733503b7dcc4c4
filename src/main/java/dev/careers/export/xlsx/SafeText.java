package dev.careers.export.xlsx;

import dev.careers.export.DiagnosticSink;
import dev.careers.model.Diagnostic;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes source text safe to store in a cell: characters XML 1.0 forbids become U+FFFD, text that
 * Excel would read as an escape ({@code _x0041_}) is escaped, and text over Excel's cell limit is
 * cut with a visible marker and reported. Immutable once built; not shared across documents
 * because it names one source in its diagnostics.
 */
final class SafeText {
    /** Excel's limit on the characters of one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    private static final char REPLACEMENT = '\uFFFD';
    // OOXML stores characters XML cannot hold as _xHHHH_; Excel decodes that pattern on read, so a
    // literal one in the source must have its underscore escaped to survive (ECMA-376 §22.9.2.19).
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    private final String marker;
    private final DiagnosticSink diagnostics;

    SafeText(String marker, DiagnosticSink diagnostics) {
        this.marker = marker;
        this.diagnostics = diagnostics;
    }

    /**
     * The text to store for a source text at a line (0 when unknown): cleaned, and truncated with a
     * warning {@code xlsx.truncated} when it is too long for a cell.
     */
    String cell(String text, int line) {
        String clean = clean(text);
        if (clean.length() <= MAX_CELL_CHARS) {
            return clean;
        }
        int keep = MAX_CELL_CHARS - marker.length();
        if (Character.isHighSurrogate(clean.charAt(keep - 1))) {
            keep--; // never split a character in two
        }
        diagnostics.report(Diagnostic.warning("xlsx.truncated", line, 0,
                "A text of " + clean.length() + " characters was cut to the " + MAX_CELL_CHARS
                        + " characters an Excel cell can hold."));
        return clean.substring(0, keep) + marker;
    }

    /** The text with characters XML 1.0 forbids replaced by U+FFFD and OOXML escapes protected. */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (!allowedInXml(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(REPLACEMENT);
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        String result = out == null ? text : out.toString();
        if (result.indexOf("_x") < 0) {
            return result;
        }
        return OOXML_ESCAPE.matcher(result).replaceAll(Matcher.quoteReplacement("_x005F_") + "$1");
    }

    /** Whether Excel would take the text for a formula if a person edited the cell. */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@';
    }

    private static boolean allowedInXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
