package dev.careers.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation for matching words case- and accent-insensitively. */
final class Words {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2009]+");

    private Words() {}

    /** Lower case, accents removed, ligatures split, whitespace collapsed ("Rôle" → "role"). */
    static String fold(String text) {
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
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            folded.append(Character.toLowerCase(base.isEmpty() ? c : base.charAt(0)));
        }
        return folded.toString();
    }

    /** Whitespace runs as one space, trimmed. */
    static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** The words of a folded text (letters and digits only). */
    static String[] split(String folded) {
        String letters = folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return letters.isEmpty() ? new String[0] : letters.split(" ");
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
