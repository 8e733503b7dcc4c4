package dev.careers.parse;

import dev.careers.model.Languages;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the language of a document among {@link Languages#SUPPORTED} by counting common function
 * words and section names of each; when the best counts tie, the letters that only some of the
 * tied languages use (ã õ, ñ ¿ ¡, ä ö ü ß, ì ò, ê ç œ) decide, and English wins a tie that no
 * letter breaks. Stateless.
 */
final class LanguageDetector {
    private static final List<String> LANGUAGES = Languages.SUPPORTED;
    private static final int FRENCH = LANGUAGES.indexOf("fr");
    private static final int ENGLISH = LANGUAGES.indexOf("en");
    private static final int SPANISH = LANGUAGES.indexOf("es");
    private static final int PORTUGUESE = LANGUAGES.indexOf("pt");
    private static final int GERMAN = LANGUAGES.indexOf("de");
    private static final int ITALIAN = LANGUAGES.indexOf("it");

    // Folded words (lower case, no accents: "não" is "nao") -> a bit for each language they are
    // common in. A word of several languages ("de", "que", "con") counts for each of them: it
    // still tells those from the others. Left out: words too common in almost all of them ("a",
    // "i"), and those that would mislead ("it", "die" and "son" are also English words, "il"
    // also Italian).
    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        add(FRENCH, "le la les des du de et un une pour avec dans sur par en au aux est sont qui que"
                + " ce cette ces pas ne nous vous leur leurs etre aussi peut votre"
                + " salaire contraintes role responsabilites demande entreprises environnements travail"
                + " metier metiers donnees");
        add(ENGLISH, "the and of for with in on by to is are who that an this from or be will you your"
                + " can at which their have has not"
                + " salary constraints responsibilities demand company work environment environments"
                + " careers career data");
        add(SPANISH, "el la los las de del y en por para con un una es son se lo como que al su sus"
                + " pero este esta muy sin hay tambien puede cuando desde no"
                + " salario sueldo responsabilidades restricciones demanda empresas entornos trabajo"
                + " carrera carreras datos");
        add(PORTUGUESE, "o os as e de do da dos das em no na nos nas um uma com por para que ao aos mais"
                + " nao seu sua seus suas tambem voce isso esse essa pelo pela sao muito ser tem como"
                + " salario responsabilidades restricoes demanda empresas ambientes trabalho carreira"
                + " carreiras dados");
        add(GERMAN, "der die das und ist mit fur von zu den dem ein eine einen einer nicht auch sich auf"
                + " im bei als werden wird sind oder wie nach aus uber kann du ich wir"
                + " gehalt verdienst aufgaben anforderungen nachfrage unternehmen arbeitsumfeld beruf"
                + " berufe karriere daten");
        add(ITALIAN, "il di che e per un una non con del della delle dei degli nel nella dell nell sono gli"
                + " lo la le alla al da anche come piu questo questa essere ha tra ma"
                + " stipendio retribuzione responsabilita vincoli ambienti lavoro domanda aziende"
                + " ruolo carriera carriere dati");
    }

    // Letters only some languages write, for a tie, by language: a letter counts for each
    // language whose string holds it. Upper case too, since the text is not folded.
    private static final String[] LETTERS = new String[LANGUAGES.size()];

    static {
        LETTERS[FRENCH] = "éèêëîïôûùœçàÉÈÊÎÔÇÀŒ";
        LETTERS[ENGLISH] = "";
        LETTERS[SPANISH] = "ñ¿¡áíóúéÑÁÍÓÚÉ";
        LETTERS[PORTUGUESE] = "ãõçâêôáíóúàéÃÕÇÂÊÔÁÍÓÚÀÉ";
        LETTERS[GERMAN] = "äöüßÄÖÜ";
        LETTERS[ITALIAN] = "àèéìòùÀÈÉÌÒÙ";
    }

    private static final int WORDS_SCANNED = 20_000;
    private static final int CHARACTERS_SCANNED_FOR_LETTERS = 200_000;

    private LanguageDetector() {}

    private static void add(int language, String words) {
        for (String word : words.split(" ")) {
            WORDS.merge(word, 1 << language, (a, b) -> a | b);
        }
    }

    /** One of {@link Languages#SUPPORTED}. */
    static String detect(String text) {
        var counts = new int[LANGUAGES.size()];
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
                // "example.com", "/de/", "name@web.de": parts of links, not words of the text.
                boolean linkPart = start > 0 && isLinkMark(chars[start - 1]);
                String word = new String(chars, start, i - start);
                if (ascii) {
                    if (!linkPart) {
                        count(word.toLowerCase(Locale.ROOT), counts);
                    }
                    scanned++;
                } else {
                    for (String folded : Words.split(Words.fold(word))) {
                        if (!linkPart) {
                            count(folded, counts);
                        }
                        scanned++;
                    }
                }
            } else {
                i += Character.charCount(Character.codePointAt(chars, i));
            }
        }
        return choose(counts, chars);
    }

    /** The languages a folded word counts for, as bits in the order of {@link Languages#SUPPORTED}. */
    static int languagesOf(String folded) {
        return WORDS.getOrDefault(folded, 0);
    }

    /** Whether a word right after this character is a part of a link, not a word to count. */
    static boolean isLinkMark(char c) {
        return c == '.' || c == '/' || c == '@';
    }

    /**
     * The language with the highest count; on a tie, the tied language whose own letters the text
     * holds most, then English, then the first in {@link Languages#SUPPORTED}.
     */
    static String choose(int[] counts, char[] chars) {
        int best = 0;
        for (int count : counts) {
            best = Math.max(best, count);
        }
        int tied = 0;
        int winner = -1;
        for (int language = 0; language < counts.length; language++) {
            if (counts[language] == best) {
                tied++;
                winner = language;
            }
        }
        if (tied > 1) {
            winner = byLetters(counts, best, chars);
        }
        return LANGUAGES.get(winner);
    }

    private static int byLetters(int[] counts, int best, char[] chars) {
        var letters = new int[counts.length];
        for (int i = 0; i < Math.min(chars.length, CHARACTERS_SCANNED_FOR_LETTERS); i++) {
            char c = chars[i];
            if (c < 0xA1) {
                continue;
            }
            for (int language = 0; language < LETTERS.length; language++) {
                if (LETTERS[language].indexOf(c) >= 0) {
                    letters[language]++;
                }
            }
        }
        int winner = counts[ENGLISH] == best ? ENGLISH : -1;
        for (int language = 0; language < counts.length; language++) {
            if (counts[language] == best && (winner < 0 || letters[language] > letters[winner])) {
                winner = language;
            }
        }
        return winner;
    }

    private static void count(String word, int[] counts) {
        Integer languages = WORDS.get(word);
        if (languages == null) {
            return;
        }
        for (int bits = languages; bits != 0; bits &= bits - 1) {
            counts[Integer.numberOfTrailingZeros(bits)]++;
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
}
