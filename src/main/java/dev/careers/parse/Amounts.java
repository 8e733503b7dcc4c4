package dev.careers.parse;

import dev.careers.model.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the amount text of a salary band: one amount or a range, its currency, its period and a
 * trailing note. {@code 45k€ - 60k€}, {@code 38 000 € - 45 000 €}, {@code $150,000 – $210,000},
 * {@code £75k - £110k+ (London)}, {@code 650€ - 900€ / jour}, {@code 62k€ à 75k€}.
 *
 * @see <a href="../../../../../../README.md#input-format">the input format</a>
 */
final class Amounts {
    // Every symbol and code of Currencies; of the names, only euros and dollars ("dollars 90k -
    // dollars 110k"): a band's other words, "pesos" among them, stay in its note.
    private static final String NAMES = "|(?i:euros?|dollars?)(?![\\p{L}])";
    private static final String CURRENCY_BEFORE = Currencies.BEFORE + NAMES;
    private static final String CURRENCY_AFTER =
            "\\$|€|£|¥|₹|₺|₩|₽|₪|₦|₱|" + Currencies.ISO + "|Kč(?![\\p{L}])|z[lł](?![\\p{L}])" + NAMES;
    /** "$4B": a "B" is billions only right after an amount with a currency symbol ("Grade 3B" is none). */
    static final String BILLIONS_SIGN = "(?<=\\p{Sc}\\s?\\d{1,3}(?:[.,]\\d{1,2})?)B";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<pre>(?:" + CURRENCY_BEFORE + ")\\s?)?"
                    + "(?<num>\\d{1,3}(?:[ \\u00A0\\u202F\\u2009,.'’]\\d{3})+(?:[.,](?:\\d{4}|\\d{1,2}))?(?!\\d)|\\d+(?:[.,]\\d+)?)"
                    + "(?:\\s?(?<mult>[kK]|Md|Mds|M|Mio|Mrd|LPA|lakhs?|[lL]acs?|crores?|Cr|" + BILLIONS_SIGN + "|[bB]n)(?!(?!" + Currencies.ISO + ")[\\p{L}]))?" // "25KMXN": its code glued
                    + "(?:\\s?(?<post>" + CURRENCY_AFTER + "))?"
                    + "(?<plus>\\+)?");
    /** "£34,909 rising to £39,746 per annum": what joins a pay scale's first and last points. */
    static final String SCALE_TO = "(?:rising|increasing|going up) to";
    /** The longest currency written before a number, with its space: "dollars ". */
    private static final int MAX_PREFIX = 8;
    private static final Pattern RANGE_SEPARATOR =
            Pattern.compile("^\\s*(?:-|–|—|~|～|〜|à|a|to|until|jusqu'?à|et|and|bis|und|hasta|y|at[ée]|e|fino a|"
                    + SCALE_TO + ")\\s*$", Pattern.CASE_INSENSITIVE);
    // "80 K€ et plus", "$200k and above": the same as "80k€+".
    private static final Pattern OPEN_ENDED_WORDS = Pattern.compile(
            "(?:et|ou|and|or) (?:plus|more|above|over|au-dela)|\\+|plus", Pattern.CASE_INSENSITIVE);
    // Words that only frame a range ("entre 40k€ et 50k€", "from $90k to $110k"): not a note.
    private static final Pattern RANGE_WORDS =
            Pattern.compile("^(?:entre|between|de|from|du)\\b\\s*|\\s*(?:\\b(?:entre|between|de|from))$", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUPED =
            Pattern.compile("^\\d{1,3}(?:[,.]\\d{3})+(?:([.,])(?:\\d{1,2}|\\d{4}))?$");
    private static final Pattern DIGIT_SEPARATORS = Pattern.compile("[ \\u00A0\\u202F\\u2009'’]");
    // Periods in the six languages, read in a folded text (no accents, lower case).
    static final List<Map.Entry<Period, Pattern>> PERIODS = List.of(
            Map.entry(Period.HOUR, period("h|hr|hour|heure|hora|std|stunde|ora",
                    "(?:par|per|an|a|de l'|por|pro|je|all'|l'|every|each|chaque|cada|ogni|jede)\\s*(?:h|hr|hour|heure|hora|stunde|ora)|horaire|hourly|stundensatz|stundensatze|stundenlohn|stundenentgelt|stundenvergutung|stundenhonorar|taux horaire|hourly wage")),
            Map.entry(Period.DAY, period("j|jr|jour|day|d|dia|tag|giorno|nuit|night|noche|noite|nacht|notte",
                    "(?:par|per|a|por|pro|je|al|am|every|each|chaque|cada|jeden|ogni)\\s*(?:jour|day|dia|tag|giorno|soir|soiree|evening|night|nuit|noche|noite|abend|sera|serata)|journalier|daily|tjm|tagessatz|diaria")),
            Map.entry(Period.MONTH, period("mois|month|mo|m|mes|monat|mese",
                    "(?:par|per|a|por|pro|je|al|ao|au|im|every|each|chaque|cada|jeden|ogni)\\s*(?:mois|month|mes|monat|mese)|mensuels?|mensuelle|mensuellement|monthly|mensual(?:es)?|mensualmente|mensais|mensal|mensalmente|monatlich|mensile|mensili|mensilmente|monthly estimate")),
            Map.entry(Period.YEAR, period("an|annee|year|yr|y|a|ano|jahr|anno|annum",
                    "(?:par|per|a|por|pro|je|al|ao|all'|im|every|each|chaque|cada|jedes|ogni)\\s*(?:an|annee|year|ano|jahr|anno|annum)|annuels?|annuelle|annual|annually|annuellement|yearly|anual(?:es)?|anualmente|anuais|jahrlich|annuo|annui|annua|annualmente|p\\.\\s?a\\.?|lpa|jahresgehalt")),
            // Last: "$65,000 per year working three nights a week" is a year's pay.
            Map.entry(Period.WEEK, period("semaine|sem|week|wk|woche|semana|settimana",
                    "(?:par|per|a|an|por|pro|je|al|a la|alla|la|every|each|chaque|cada|jede|ogni)\\s*(?:semaine|week|semana|woche|settimana)|hebdomadaires?|weekly|semanal(?:es)?|wochentlich|settimanale")));

    // Any of the periods, to learn in one pass that a text names none (most do not).
    static final Pattern ANY_PERIOD = Pattern.compile(PERIODS.stream().map(p -> p.getValue().pattern())
            .collect(Collectors.joining(")|(?:", "(?:", ")")));
    private static final Pattern NOTE_LEAD = Pattern.compile("^[\\s,;:/\\-–—.]+");
    private static final Pattern NOTE_TAIL = Pattern.compile("[\\s,;:/\\-–—]+$");

    /** What could be read from an amount text. */
    record Reading(
            BigDecimal min,
            BigDecimal max,
            boolean openEnded,
            String currency,
            Period period,
            boolean periodStated,
            String note,
            boolean reversed,
            int amountCount) {

        /** The same amount read as a floor ("Salary begins at" before it): open-ended. */
        Reading asFloor() {
            return new Reading(min, max, true, currency, period, periodStated, note, reversed, amountCount);
        }

        /** The same reading in a currency that the text around it gives. */
        Reading inCurrency(String code) {
            return new Reading(min, max, openEnded, code, period, periodStated, note, reversed, amountCount);
        }
    }

    private record Amount(BigDecimal value, String multiplier, String currency, boolean plus,
            int start, int end) {}

    private Amounts() {}

    // "/an" may follow a word ("brut/an"); "par an" must start one.
    private static Pattern period(String afterSlash, String words) {
        return Pattern.compile("(?:/\\s*(?:" + afterSlash + ")s?|(?<![\\p{L}])(?:" + words + "))(?![\\p{L}])");
    }

    /** Reads an amount text; {@code min}/{@code max} are null when no amount is found. */
    static Reading read(String text) {
        return text.length() <= MEMO_LENGTH ? READINGS.get(text) : readText(text);
    }

    // A band's text is read again by the line that holds it, its label and the band itself, and
    // catalogues repeat the same bands ("45k€ - 60k€"): short texts are read once.
    private static final int MEMO_LENGTH = 200;
    private static final Memo<Reading> READINGS = new Memo<>(Amounts::readText);

    private static Reading readText(String text) {
        List<Amount> amounts = amountsOf(text);
        int consumedEnd = amounts.isEmpty() ? 0 : amounts.get(amounts.size() - 1).end();
        String folded = Words.foldKeepingPositions(text);
        Period period = null;
        int periodStart = -1;
        int periodEnd = -1;
        // The first period of PERIODS that the text names anywhere, not the leftmost one; but a
        // period written right after the amounts is theirs ("R$ 3.000/mês: … 60h/semana (12h/dia)"),
        // and one written before the next number is theirs rather than its ("45k€ brut annuel,
        // soit 3 000 € par mois").
        int[] named = null;
        if (mayNamePeriod(folded)) {
            named = periodAt(folded, consumedEnd);
            int nextNumber = amounts.isEmpty() ? -1 : firstDigit(folded, consumedEnd);
            if (named == null && nextNumber > 0) {
                named = firstPeriod(folded.substring(0, nextNumber));
            }
            named = named != null ? named : firstPeriod(folded);
        }
        if (named != null) {
            period = PERIODS.get(named[0]).getKey();
            periodStart = named[1];
            periodEnd = named[2];
        }
        String note = note(text, amounts, periodStart, periodEnd);
        if (amounts.isEmpty()) {
            return new Reading(null, null, false, null, period == null ? Period.YEAR : period,
                    period != null, note, false, 0);
        }
        normaliseUnits(amounts);
        Amount low = amounts.get(0);
        Amount high = amounts.size() > 1 ? amounts.get(1) : low;
        BigDecimal min = low.value();
        BigDecimal max = high.value();
        if (amounts.size() > 2) {
            for (Amount a : amounts) {
                min = min.min(a.value());
                max = max.max(a.value());
            }
        }
        boolean reversed = amounts.size() == 2 && min.compareTo(max) > 0;
        if (reversed) {
            BigDecimal swap = min;
            min = max;
            max = swap;
        }
        boolean openEnded = amounts.get(amounts.size() - 1).plus();
        if (note != null && OPEN_ENDED_WORDS.matcher(note).matches()) {
            openEnded = true;
            note = null;
        }
        String currency = amounts.stream().map(Amount::currency).filter(c -> c != null).findFirst()
                .orElse(null);
        return new Reading(clean(min), clean(max), openEnded, currency,
                period == null ? Period.YEAR : period, period != null, note, reversed,
                amounts.size());
    }

    /**
     * Per pattern of PERIODS, the ASCII characters a match can start with: the pattern tried on
     * the character alone matches, or reads past it. Other characters are always tried.
     */
    private static final boolean[][] PERIOD_STARTS = PERIODS.stream().map(entry -> {
        boolean[] starts = new boolean[128];
        for (char c = 0; c < starts.length; c++) {
            Matcher m = entry.getValue().matcher(String.valueOf(c));
            starts[c] = m.lookingAt() || m.hitEnd();
        }
        return starts;
    }).toArray(boolean[][]::new);

    // The period that opens the text at a place, spaces skipped: {index in PERIODS, start, end}, else null.
    private static int[] periodAt(String folded, int at) {
        int from = at;
        while (from < folded.length() && folded.charAt(from) == ' ') {
            from++;
        }
        if (from == 0 || from >= folded.length() || folded.charAt(from) != '/' && Character.isLetter(folded.charAt(from - 1))) {
            return null;
        }
        for (int k = 0; k < PERIODS.size(); k++) {
            Matcher m = PERIODS.get(k).getValue().matcher(folded).useTransparentBounds(true).region(from, folded.length());
            if (m.lookingAt()) {
                return new int[] {k, m.start(), m.end()};
            }
        }
        return null;
    }

    /**
     * The first pattern of PERIODS that finds a period anywhere in a (folded) text, and its first
     * match: {index in PERIODS, start, end}; null when none does. The same as trying each
     * pattern's {@code find()} in turn, but a pattern is tried only where a match can start: a
     * character it can start with, and for a letter, one that begins a word (each pattern's words
     * follow no letter; its slash may follow anything). Periods are looked for around every
     * amount: scanning each text four times with the regexes was a tenth of reading real pages.
     */
    static int[] firstPeriod(String text) {
        int n = text.length();
        for (int k = 0; k < PERIOD_STARTS.length; k++) {
            boolean[] starts = PERIOD_STARTS[k];
            Matcher m = null;
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c < starts.length && !starts[c]
                        || c != '/' && i > 0 && Character.isLetter(text.charAt(i - 1))) {
                    continue;
                }
                if (m == null) {
                    m = PERIODS.get(k).getValue().matcher(text).useTransparentBounds(true);
                }
                if (m.region(i, n).lookingAt()) {
                    return new int[] {k, m.start(), m.end()};
                }
            }
        }
        return null;
    }

    // Every period's words hold one of these letters (of a folded text), or the text a slash.
    static boolean mayNamePeriod(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            if ("/hjdmnypgrw".indexOf(folded.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static List<Amount> amountsOf(String text) {
        List<Amount> amounts = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        int from = 0;
        // An amount's currency prefix ("dollars ") is at most 8 characters before its first digit:
        // the search starts there, and stops when no digit is left.
        int digit;
        while ((digit = firstDigit(text, from)) >= 0 && m.find(Math.max(from, digit - MAX_PREFIX))) {
            // A range continues only across a range separator; anything else ends the amounts
            // (the rest, such as "(6 mois)", belongs to the note).
            if (!amounts.isEmpty()) {
                String between = text.substring(amounts.get(amounts.size() - 1).end(), m.start());
                if (!RANGE_SEPARATOR.matcher(between).matches()) {
                    break;
                }
            } else if (m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
                from = m.end();
                continue;
            }
            String pre = m.group("pre");
            String post = m.group("post");
            String symbol = post != null ? post : pre;
            BigDecimal value = number(m.group("num"));
            if (amounts.isEmpty() && isMinusSign(text, m.start())) {
                value = value.negate();
            }
            amounts.add(new Amount(value, m.group("mult"),
                    symbol == null ? null : code(symbol.strip()), m.group("plus") != null,
                    m.start(), m.end()));
            from = m.end();
        }
        return amounts;
    }

    /** The index of the first ASCII digit at or after an index, or -1. */
    static int firstDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    }

    // "-5k€" or "− 5k€" at the start of the text is a negative amount, not a range separator.
    private static boolean isMinusSign(String text, int start) {
        String before = text.substring(0, start).strip();
        return before.equals("-") || before.equals("\u2212");
    }

    // "45 - 60k€": the lower amount takes the multiplier and currency written only once.
    private static void normaliseUnits(List<Amount> amounts) {
        Amount last = amounts.get(amounts.size() - 1);
        for (int i = 0; i < amounts.size(); i++) {
            Amount a = amounts.get(i);
            String multiplier = a.multiplier();
            if (multiplier == null && last.multiplier() != null && a.value().abs().compareTo(BigDecimal.valueOf(1000)) < 0) {
                multiplier = last.multiplier();
            }
            String currency = a.currency() != null ? a.currency() : last.currency();
            amounts.set(i, new Amount(a.value().multiply(factor(multiplier)), null, currency,
                    a.plus(), a.start(), a.end()));
        }
    }

    /** What a multiplier written after a number stands for: "k", "mil", "LPA", "Cr", "Mio", "Md", "bn"… */
    static BigDecimal factor(String multiplier) {
        if (multiplier == null) {
            return BigDecimal.ONE;
        }
        String m = multiplier.toLowerCase(Locale.ROOT);
        if (m.equals("k") || m.equals("mil") || m.equals("mille") || m.equals("mila")) {
            return BigDecimal.valueOf(1_000);
        }
        if (m.startsWith("lakh") || m.startsWith("lac") || m.equals("lpa")) {
            return BigDecimal.valueOf(100_000);
        }
        if (m.startsWith("crore") || m.equals("cr")) {
            return BigDecimal.valueOf(10_000_000);
        }
        if (m.equals("md") || m.equals("mds") || m.equals("mrd") || m.equals("bn") || m.equals("b")) {
            return BigDecimal.valueOf(1_000_000_000);
        }
        return BigDecimal.valueOf(1_000_000);
    }

    // A bare "$" in a band is the dollar (the pay finder reads the page's country for it).
    private static String code(String symbol) {
        String code = Currencies.code(symbol);
        return code.equals(Currencies.DOLLAR) || code.equals(Currencies.DOLLARS) ? "USD"
                : code.equals(Currencies.PESO) ? null : code;
    }

    /** "38 000" → 38000, "150,000" → 150000, "45,5" → 45.5, "1.500" → 1500. */
    static BigDecimal number(String written) {
        String digits = DIGIT_SEPARATORS.matcher(written).replaceAll("");
        Matcher grouped = GROUPED.matcher(digits);
        if (grouped.matches()) {
            // The first separator written groups the thousands (a group's capture in a repetition
            // that backtracked can name another).
            int firstSeparator = 0;
            while (Character.isDigit(digits.charAt(firstSeparator))) {
                firstSeparator++;
            }
            String group = String.valueOf(digits.charAt(firstSeparator));
            String body = digits.replace(group, "");
            return new BigDecimal(grouped.group(1) != null ? body.replace(grouped.group(1), ".") : body);
        }
        return new BigDecimal(digits.replace(',', '.'));
    }

    private static BigDecimal clean(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    // The note is what remains once amounts, range separators and the period are taken out:
    // "(très variable selon publication)." → "très variable selon publication".
    private static String note(String text, List<Amount> amounts, int periodStart, int periodEnd) {
        var rest = new StringBuilder(text);
        var cuts = new ArrayList<int[]>();
        if (!amounts.isEmpty()) {
            cuts.add(new int[] {amounts.get(0).start(), amounts.get(amounts.size() - 1).end()});
        }
        if (periodStart >= 0) {
            cuts.add(new int[] {periodStart, periodEnd});
        }
        cuts.sort((a, b) -> b[0] - a[0]);
        int lastStart = Integer.MAX_VALUE;
        for (int[] cut : cuts) {
            int end = Math.min(cut[1], lastStart);
            if (cut[0] < end) {
                rest.replace(cut[0], end, " ");
            }
            lastStart = cut[0];
        }
        if (amounts.isEmpty()) {
            return null;
        }
        String note = NOTE_TAIL.matcher(NOTE_LEAD.matcher(Words.collapse(rest.toString()).replace(" ,", ",")).replaceAll(""))
                .replaceAll("").strip();
        note = RANGE_WORDS.matcher(note).replaceAll("").strip();
        if (note.endsWith(".")) {
            note = note.substring(0, note.length() - 1).strip();
        }
        if (note.startsWith("(") && note.endsWith(")") && note.indexOf(')') == note.length() - 1) {
            note = note.substring(1, note.length() - 1).strip();
        }
        if (note.endsWith(".")) {
            note = note.substring(0, note.length() - 1).strip();
        }
        return note.isEmpty() ? null : note;
    }
}
