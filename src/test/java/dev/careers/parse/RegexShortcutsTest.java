package dev.careers.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The checks that let the parser skip a regex (issue 8, performance) never change what the regex
 * would have given, on random texts built from the pieces the regexes look for.
 */
class RegexShortcutsTest {
    private static final String[] LEAD_PIECES = {"Junior", " ", "\t", "\u00A0", "\u2003", ":", "➜", "→", "➔",
        "⇒", "->", "=>", "—", "–", "-", "=", ">", "(0-2 ans)", "(", ")", "45k€", "5", "\n", "\r\n", "\u0085", "\u2028", "\u2029", "é", "x"};
    private static final String[] PERIOD_PIECES = {"/", " ", "an", "h", "hr", "par", "per", "jour", "day",
        "mois", "month", "year", "p.a.", "p. a", "annuel", "annuels", "horaire", "tjm", "a", "m", "d", "j",
        "de l'", "45k€", "x", "s", "-", "heure", "daily", "y"};

    private static String randomText(Random random, String[] pieces) {
        var text = new StringBuilder();
        int count = random.nextInt(7);
        for (int i = 0; i < count; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    // LeadIn.split as it was, with its three regexes always run.
    private static LeadIn referenceSplit(String lead, String rest) {
        Pattern trailing = Pattern.compile("\\s*" + LeadIn.SEPARATOR + "\\s*$");
        Pattern leading = Pattern.compile("^\\s*(?:" + LeadIn.SEPARATOR + "|-(?!\\d))\\s*");
        Pattern qualifierPattern = Pattern.compile(
                "^\\s*(\\([^()]*\\))\\s*(?=" + LeadIn.SEPARATOR + "|->|=>|[€$£¥₹]|\\d)");
        String cleanLead = trailing.matcher(lead).replaceFirst("").strip();
        String cleanRest = leading.matcher(rest).replaceFirst("").strip();
        Matcher qualifier = qualifierPattern.matcher(cleanRest);
        if (!cleanLead.isEmpty() && qualifier.find()) {
            cleanLead = cleanLead + " " + qualifier.group(1);
            cleanRest = leading.matcher(cleanRest.substring(qualifier.end())).replaceFirst("").strip();
        }
        return new LeadIn(cleanLead.isEmpty() ? null : cleanLead, cleanRest);
    }

    @Test
    void leadInsAreSplitAsByTheRegexesAlone() {
        Random random = new Random(88);
        for (int i = 0; i < 50_000; i++) {
            String lead = randomText(random, LEAD_PIECES);
            String rest = randomText(random, LEAD_PIECES);
            assertThat(LeadIn.split(lead, rest)).as("lead '%s', rest '%s'", lead, rest)
                    .isEqualTo(referenceSplit(lead, rest));
        }
    }

    @Test
    void aTextWithoutAnyLetterOfThePeriodWordsNamesNoPeriod() {
        Random random = new Random(90);
        for (int i = 0; i < 50_000; i++) {
            String text = randomText(random, PERIOD_PIECES);
            if (!Amounts.mayNamePeriod(text)) {
                assertThat(Amounts.ANY_PERIOD.matcher(text).find()).as("'%s'", text).isFalse();
            }
        }
    }

    @Test
    void aTextNamesSomePeriodExactlyWhenOnePeriodPatternFindsIt() {
        Random random = new Random(89);
        int withPeriod = 0;
        for (int i = 0; i < 50_000; i++) {
            String text = randomText(random, PERIOD_PIECES);
            boolean any = Amounts.PERIODS.stream().anyMatch(p -> p.getValue().matcher(text).find());
            assertThat(Amounts.ANY_PERIOD.matcher(text).find()).as("'%s'", text).isEqualTo(any);
            withPeriod += any ? 1 : 0;
        }
        // The pieces are chosen so that both answers are common.
        assertThat(withPeriod).isBetween(5_000, 45_000);
    }

    // Letters before the period words (a word's end), other scripts, a letter outside the BMP.
    private static final String[] PERIOD_AROUND = {"x", "é", "ß", "д", "\uD835\uDC00", "1", ".", "(", "  "};

    @Test
    void theFirstPeriodIsTheOneEachPatternFindsInTurn() {
        Random random = new Random(91);
        int withPeriod = 0;
        for (int i = 0; i < 100_000; i++) {
            var text = new StringBuilder();
            int count = random.nextInt(9);
            for (int k = 0; k < count; k++) {
                text.append(random.nextInt(4) == 0 ? PERIOD_AROUND[random.nextInt(PERIOD_AROUND.length)]
                        : PERIOD_PIECES[random.nextInt(PERIOD_PIECES.length)]);
            }
            int[] expected = null;
            for (int k = 0; k < Amounts.PERIODS.size() && expected == null; k++) {
                Matcher m = Amounts.PERIODS.get(k).getValue().matcher(text);
                expected = m.find() ? new int[] {k, m.start(), m.end()} : null;
            }
            assertThat(Amounts.firstPeriod(text.toString())).as("'%s'", text).isEqualTo(expected);
            withPeriod += expected != null ? 1 : 0;
        }
        assertThat(withPeriod).isBetween(10_000, 90_000);
    }

    private static final String[] CURRENCY_PIECES = {"euro", "euros", "dollar", "dollars", "dolares", "dollari",
        "reais", "real", "pesos", "peso", "libras", "pound", "pounds", "sterline", "rupee", "rupees", "franc", "francs",
        "franken", "franchi", "€", "$", "£", " ", "\u00A0", "x", "s", "quinze", "mil", "-", "é", "fran", "rea", "dolla"};

    @Test
    void noCurrencyOfNumberWordsStartsBeforeTheFirstCurrencyWordOrItsSpace() {
        Random random = new Random(92);
        int matched = 0;
        for (int i = 0; i < 50_000; i++) {
            String text = randomText(random, CURRENCY_PIECES);
            for (int from = 0; from <= text.length(); from++) {
                Matcher m = NumberWords.CURRENCY_AFTER.matcher(text);
                int word = NumberWords.nextCurrencyWord(text, from);
                if (m.find(from)) {
                    assertThat(word).as("'%s' from %d", text, from).isNotNegative().isLessThanOrEqualTo(m.start() + 1);
                    matched++;
                }
            }
        }
        assertThat(matched).isGreaterThan(10_000);
    }
}
