package dev.careers.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation for matching words case- and accent-insensitively. */
final class Words {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Words() {}

    /** Lower case, accents removed, ligatures split, whitespace collapsed ("Rôle" → "role"). */
    static String fold(String text) {
        if (isAscii(text)) {
            // Nothing to decompose: NFKD, mark removal and the ligature replacements are no-ops.
            return collapse(text.toLowerCase(Locale.ROOT));
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("")
                .replace("œ", "oe").replace("æ", "ae").replace('’', '\'');
        return collapse(plain.toLowerCase(Locale.ROOT));
    }

    /**
     * Lower case with accents removed, one character for one character, so that positions found
     * in the result are positions in the original text.
     */
    static String foldKeepingPositions(String text) {
        var folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                folded.append(Character.toLowerCase(c)); // NFD of ASCII is itself
                continue;
            }
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            folded.append(Character.toLowerCase(base.isEmpty() ? c : base.charAt(0)));
        }
        return folded.toString();
    }

    /** Whitespace runs as one space, trimmed. */
    static String collapse(String text) {
        // Same result as text.replaceAll("[\\s\\u00A0\\u202F\\u2009]+", " ").strip(), without
        // a regex and on a char array: this runs on every piece of text of a document. Most texts
        // are already collapsed: they are returned without a copy.
        if (isCollapsed(text)) {
            return text;
        }
        char[] chars = text.toCharArray();
        int n = chars.length;
        int length = 0;
        boolean changed = false;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (!isSpace(c)) {
                chars[length++] = c;
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isSpace(chars[end])) {
                end++;
            }
            boolean edge = length == 0 || end == n;
            changed |= edge || c != ' ' || end - i > 1;
            if (!edge) {
                chars[length++] = ' ';
            }
            i = end;
        }
        return (changed ? new String(chars, 0, length) : text).strip();
    }

    // No white space at either end, and each space inside a single ' '.
    private static boolean isCollapsed(String text) {
        int n = text.length();
        if (n > 0 && (isSpace(text.charAt(0)) || Character.isWhitespace(text.charAt(0))
                || isSpace(text.charAt(n - 1)) || Character.isWhitespace(text.charAt(n - 1)))) {
            return false; // strip() also drops other white space at the ends
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || isSpace(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    // ASCII whitespace (regex \s: tab to carriage return, space), no-break, narrow no-break and
    // thin spaces.
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The words of a folded text (letters and digits only). */
    static String[] split(String folded) {
        // Same words as folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" "): maximal runs
        // of letter and number code points.
        List<String> words = new ArrayList<>();
        int n = folded.length();
        int start = -1;
        int i = 0;
        while (i < n) {
            int cp = folded.codePointAt(i);
            boolean word = isLetterOrNumber(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return words.toArray(new String[0]);
    }

    // \p{L} or \p{N} of java.util.regex.
    static boolean isLetterOrNumber(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Whether two words are equal or one edit apart (for typos in words of six letters or more). */
    static boolean nearlyEqual(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.min(la, lb) < 6 || Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        // One substitution, insertion or deletion at the first difference; the rest must match.
        return a.substring(la >= lb ? i + 1 : i).equals(b.substring(lb >= la ? i + 1 : i));
    }
}
