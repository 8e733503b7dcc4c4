package dev.careers.parse;

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

    private static final int CHUNK = 32 * 1024;

    private LanguageDetector() {}

    /** "fr" or "en". */
    static String detect(String text) {
        int french = 0;
        int english = 0;
        int accents = 0;
        int scanned = 0;
        // Only the first words count, so fold the text a chunk at a time rather than all of it
        // (a 10 MB catalogue). Chunks end just after a whitespace character, which folding keeps
        // as a word separator, so the words are those of the whole text folded at once.
        int from = 0;
        scan:
        while (from < text.length()) {
            int to = chunkEnd(text, from);
            for (String word : Words.split(Words.fold(text.substring(from, to)))) {
                if (FRENCH.contains(word)) {
                    french++;
                }
                if (ENGLISH.contains(word)) {
                    english++;
                }
                if (++scanned > 20_000) {
                    break scan;
                }
            }
            from = to;
        }
        for (int i = 0; i < Math.min(text.length(), 200_000); i++) {
            if ("éèêàùçôîœÉÈÀÇ".indexOf(text.charAt(i)) >= 0) {
                accents++;
            }
        }
        if (french == english) {
            return accents > 0 ? "fr" : "en";
        }
        return french > english ? "fr" : "en";
    }

    // The end of a chunk starting at from: just after the first whitespace at or past from + CHUNK.
    private static int chunkEnd(String text, int from) {
        for (int i = Math.min(text.length(), from + CHUNK); i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return text.length();
    }
}
