package dev.careers.parse;

import java.util.Locale;
import java.util.Set;

/**
 * Tells French from English by counting common function words and section names; accents break
 * a tie towards French. Stateless.
 */
final class LanguageDetector {
    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "de", "et",
            "un", "une", "pour", "avec", "dans", "sur", "par", "en", "au", "aux", "est", "sont",
            "qui", "que", "salaire", "contraintes", "role", "responsabilites", "demande",
            "entreprises", "environnements", "travail", "metier", "metiers", "donnees");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "for", "with", "in",
            "on", "by", "to", "is", "are", "who", "that", "an", "a", "salary", "constraints",
            "responsibilities", "demand", "company", "work", "environment", "environments",
            "careers", "career", "data");
    private static final String FRENCH_ACCENTS = "éèêàùçôîœÉÈÀÇ";
    private static final int WORDS_SCANNED = 20_000;
    private static final int CHARACTERS_SCANNED_FOR_ACCENTS = 200_000;

    private LanguageDetector() {}

    /** "fr" or "en". */
    static String detect(String text) {
        var counts = new int[2];
        // Words are cut from the text as written and only those with non-ASCII letters are
        // folded: folding a whole document (NFKD, mark removal) cost more than the rest of parsing.
        // Combining marks stay inside a word so that a decomposed "é" folds like a composed one.
        char[] chars = text.toCharArray();
        int scanned = 0;
        int i = 0;
        while (i < chars.length && scanned < WORDS_SCANNED) {
            int start = i;
            boolean ascii = true;
            while (i < chars.length) {
                int cp = Character.codePointAt(chars, i);
                if (!isWordPart(cp)) {
                    break;
                }
                ascii &= cp < 0x80;
                i += Character.charCount(cp);
            }
            if (i > start) {
                String word = new String(chars, start, i - start);
                if (ascii) {
                    count(word.toLowerCase(Locale.ROOT), counts);
                    scanned++;
                } else {
                    for (String folded : Words.split(Words.fold(word))) {
                        count(folded, counts);
                        scanned++;
                    }
                }
            } else {
                i += Character.charCount(Character.codePointAt(chars, i));
            }
        }
        int french = counts[0];
        int english = counts[1];
        if (french == english) {
            return hasFrenchAccent(chars) ? "fr" : "en";
        }
        return french > english ? "fr" : "en";
    }

    private static void count(String word, int[] counts) {
        if (FRENCH.contains(word)) {
            counts[0]++;
        }
        if (ENGLISH.contains(word)) {
            counts[1]++;
        }
    }

    private static boolean isWordPart(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        int type = Character.getType(cp);
        return Words.isLetterOrNumber(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean hasFrenchAccent(char[] chars) {
        for (int i = 0; i < Math.min(chars.length, CHARACTERS_SCANNED_FOR_ACCENTS); i++) {
            if (chars[i] >= 0xC0 && FRENCH_ACCENTS.indexOf(chars[i]) >= 0) {
                return true;
            }
        }
        return false;
    }
}
