package dev.careers.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written fast paths of {@link Words} (issue 8, performance) give exactly what the regex
 * versions they replaced gave, on random text mixing ASCII, accents, ligatures, odd spaces,
 * control characters, digits of other scripts and surrogate pairs.
 */
class WordsFastPathTest {
    private static final String ALPHABET = "aZ9 \t\n\r\u000B\f\u001C\u00A0\u202F\u2009\u3000é"
            + "ÉœæŒ’'-.,:(µ\u0301ſﬁ²٣Ⅻ\uD835\uDC00\uD83D\uDE00ςΣ😀İı";

    private static String referenceFold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = Pattern.compile("\\p{M}+").matcher(decomposed).replaceAll("")
                .replace("œ", "oe").replace("æ", "ae").replace('’', '\'');
        return referenceCollapse(plain.toLowerCase(Locale.ROOT));
    }

    private static String referenceCollapse(String text) {
        return Pattern.compile("[\\s\\u00A0\\u202F\\u2009]+").matcher(text).replaceAll(" ").strip();
    }

    private static String[] referenceSplit(String folded) {
        String letters = folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return letters.isEmpty() ? new String[0] : letters.split(" ");
    }

    private static String randomText(Random random, boolean asciiOnly) {
        var text = new StringBuilder();
        int length = random.nextInt(24);
        for (int i = 0; i < length; i++) {
            if (asciiOnly) {
                text.append((char) random.nextInt(0x80));
            } else {
                int at = random.nextInt(ALPHABET.length());
                text.append(ALPHABET.charAt(at));
            }
        }
        return text.toString();
    }

    @Test
    void foldCollapseAndSplitMatchTheRegexVersions() {
        Random random = new Random(8);
        for (int i = 0; i < 50_000; i++) {
            String text = randomText(random, i % 3 == 0);
            assertThat(Words.collapse(text)).as("collapse %s", text).isEqualTo(referenceCollapse(text));
            assertThat(Words.fold(text)).as("fold %s", text).isEqualTo(referenceFold(text));
            assertThat(Words.split(text)).as("split %s", text).containsExactly(referenceSplit(text));
            String folded = Words.fold(text);
            assertThat(Words.split(folded)).as("split fold %s", text).containsExactly(referenceSplit(folded));
        }
    }

    @Test
    void foldKeepingPositionsMatchesTheNormalizerVersion() {
        Random random = new Random(8);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random, i % 2 == 0);
            var expected = new StringBuilder();
            for (int k = 0; k < text.length(); k++) {
                String base = Normalizer.normalize(String.valueOf(text.charAt(k)), Normalizer.Form.NFD);
                expected.append(Character.toLowerCase(base.isEmpty() ? text.charAt(k) : base.charAt(0)));
            }
            assertThat(Words.foldKeepingPositions(text)).isEqualTo(expected.toString());
        }
    }

    @Test
    void languageOfLongRandomTextsIsTheOneOfTheWholeTextFolded() {
        Random random = new Random(8);
        String[] words = {"the", "le", "and", "et", "données", "Σ", "data", "métiers", "x", "œuvre"};
        for (int i = 0; i < 30; i++) {
            var text = new StringBuilder();
            int count = 5_000 + random.nextInt(30_000);
            for (int w = 0; w < count; w++) {
                text.append(words[random.nextInt(words.length)]).append(randomText(random, false));
            }
            assertThat(LanguageDetector.detect(text.toString())).isEqualTo(referenceDetect(text.toString()));
        }
    }

    private static final Pattern LINK_PART = Pattern.compile("(?<=[./@])[\\p{L}\\p{N}\\p{M}]+");

    private static String referenceDetect(String text) {
        // The detector's word table and choice, on the whole text folded. A word right after
        // '.', '/' or '@' is part of a link: a leading digit keeps it one word that counts for
        // no language.
        String marked = LINK_PART.matcher(text).replaceAll(m -> m.group().codePoints()
                .anyMatch(cp -> Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.LETTER_NUMBER
                        || Character.getType(cp) == Character.OTHER_NUMBER) ? "0" + m.group() : m.group());
        var counts = new int[dev.careers.model.Languages.SUPPORTED.size()];
        int scanned = 0;
        for (String word : referenceSplit(referenceFold(marked))) {
            int languages = LanguageDetector.languagesOf(word);
            for (int language = 0; language < counts.length; language++) {
                counts[language] += (languages >> language) & 1;
            }
            if (++scanned > 20_000) {
                break;
            }
        }
        return LanguageDetector.choose(counts, text.toCharArray());
    }

    @Test
    void languageIsDetectedFromTheFirstWordsOfALongTextAsWhenFoldedWhole() {
        var english = "The role and the salary of the career.\u00A0".repeat(3_000);
        var french = "Le rôle et la demande des entreprises pour le métier.\n".repeat(3_000);
        assertThat(LanguageDetector.detect(english + french)).isEqualTo("en");
        assertThat(LanguageDetector.detect(french + english)).isEqualTo("fr");
    }
}
