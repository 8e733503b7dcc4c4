package dev.careers.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts written in words before a currency, in the six languages: "fünfundsiebzig Euro",
 * "quinze euros", "eighty-five thousand dollars", "cinquenta mil reais". Only words directly
 * followed by a currency are read: elsewhere a number word is a count ("zwei Jahre").
 */
final class NumberWords {
    static final Pattern CURRENCY_AFTER = Pattern.compile(
            "[ \\u00A0]?(?:euros?|dollars?|dolares|dollari|reais|real|pesos|libras|pounds?|sterline|rupees?"
                    + "|francs?|franken|franchi|€|\\$|£)(?![\\p{L}])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Map<String, Integer> MORPHEMES = new HashMap<>();
    // Words that join number words without a value of their own.
    private static final List<String> JOINERS = List.of("und", "and", "et", "e", "y");
    // An article alone is not an amount ("un euro de plus"), but counts before a multiplier ("a hundred").
    private static final List<String> ARTICLES = List.of("a", "an", "un", "une", "um", "uma", "ein", "eine",
            "einen", "uno", "una");
    private static final int LONGEST;

    static {
        add(1, "one", "un", "une", "uno", "una", "um", "uma", "ein", "eine", "einen", "eins", "a", "an");
        add(2, "two", "deux", "dos", "dois", "duas", "zwei", "due");
        add(3, "three", "trois", "tres", "drei", "tre");
        add(4, "four", "quatre", "cuatro", "quatro", "vier", "quattro");
        add(5, "five", "cinq", "cinco", "funf", "cinque");
        add(6, "six", "seis", "sechs", "sei");
        add(7, "seven", "sept", "siete", "sete", "sieben", "sette");
        add(8, "eight", "huit", "ocho", "oito", "acht", "otto");
        add(9, "nine", "neuf", "nueve", "nove", "neun");
        add(10, "ten", "dix", "diez", "dez", "zehn", "dieci");
        add(11, "eleven", "onze", "once", "elf", "undici");
        add(12, "twelve", "douze", "doce", "doze", "zwolf", "dodici");
        add(13, "thirteen", "treize", "trece", "treze", "dreizehn", "tredici");
        add(14, "fourteen", "quatorze", "catorce", "catorze", "vierzehn", "quattordici");
        add(15, "fifteen", "quinze", "quince", "funfzehn", "quindici");
        add(16, "sixteen", "seize", "dieciseis", "dezesseis", "dezasseis", "sechzehn", "sedici");
        add(17, "seventeen", "diecisiete", "dezessete", "dezassete", "siebzehn", "diciassette");
        add(18, "eighteen", "dieciocho", "dezoito", "achtzehn", "diciotto");
        add(19, "nineteen", "diecinueve", "dezenove", "dezanove", "neunzehn", "diciannove");
        add(20, "twenty", "vingt", "vingts", "veinte", "veinti", "vinte", "zwanzig", "venti", "vent");
        add(30, "thirty", "trente", "treinta", "trinta", "dreißig", "dreissig", "trenta", "trent");
        add(40, "forty", "quarante", "cuarenta", "quarenta", "vierzig", "quaranta", "quarant");
        add(50, "fifty", "cinquante", "cincuenta", "cinquenta", "funfzig", "cinquanta", "cinquant");
        add(60, "sixty", "soixante", "sesenta", "sessenta", "sechzig", "sessanta", "sessant");
        add(70, "seventy", "setenta", "siebzig", "settanta", "settant");
        add(80, "eighty", "ochenta", "oitenta", "achtzig", "ottanta", "ottant");
        add(90, "ninety", "noventa", "neunzig", "novanta", "novant");
        add(100, "hundred", "cent", "cents", "cien", "ciento", "cem", "cento", "hundert");
        add(200, "doscientos", "duzentos");
        add(300, "trescientos", "trezentos");
        add(400, "cuatrocientos", "quatrocentos");
        add(500, "quinientos", "quinhentos");
        add(600, "seiscientos", "seiscentos");
        add(700, "setecientos", "setecentos");
        add(800, "ochocientos", "oitocentos");
        add(900, "novecientos", "novecentos");
        add(1000, "thousand", "mille", "mil", "tausend", "mila");
        add(1_000_000, "million", "millions", "millon", "millones", "milhao", "milhoes", "millionen", "milione",
                "milioni");
        int longest = 0;
        for (String m : MORPHEMES.keySet()) {
            longest = Math.max(longest, m.length());
        }
        LONGEST = longest;
    }

    private static void add(int value, String... words) {
        for (String w : words) {
            MORPHEMES.put(w, value);
        }
    }

    private NumberWords() {}

    private static final String[] CURRENCY_WORDS = {"euro", "dollar", "dolar", "dólar", "reais", "peso", "libra",
        "pound", "rupee", "franc"};

    /** A piece of every currency word (and symbol), in lower and upper case. */
    private static final String[] CURRENCY_PARTS = {"€", "$", "£", "uro", "URO", "llar", "LLAR", "olar", "OLAR", "ólar",
        "ÓLAR", "eais", "EAIS", "eso", "ESO", "ibra", "IBRA", "ound", "OUND", "upee", "UPEE", "ranc", "RANC"};

    /**
     * Whether a text holds a piece of a currency word or symbol; a text that does not holds none
     * in any of its parts, and {@link #mayHold} is false for each.
     */
    static boolean mayNameCurrency(String text) {
        return namesCurrencyPart(text);
    }

    private static boolean namesCurrencyPart(String text) {
        for (String part : CURRENCY_PARTS) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a text may hold an amount in words: it names a currency. Asked of every paragraph,
     * so it scans without a regex (a case-blind alternation cost a tenth of parsing a catalogue).
     */
    static boolean mayHold(String text) {
        if (!namesCurrencyPart(text)) {
            return false; // most texts: a few vectorised searches, no scan character by character
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '€' || c == '$' || c == '£') {
                return true;
            }
            if (i > 0 && Character.isLetter(text.charAt(i - 1))) {
                continue; // a currency's name starts a word
            }
            char lower = Character.toLowerCase(c);
            if (lower == 'e' || lower == 'd' || lower == 'r' || lower == 'p' || lower == 'l' || lower == 'f') {
                for (String word : CURRENCY_WORDS) {
                    if (word.charAt(0) == lower && text.regionMatches(true, i, word, 0, word.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The text with each amount in words before a currency written in digits, right-aligned in
     * the words' place so that every other position is unchanged: "knapp fünfzehn Euro" becomes
     * "knapp       15 Euro". The text itself is returned when it holds none.
     */
    static String asDigits(String text, String folded) {
        return spell(text, folded).text();
    }

    /** A text with its amounts in words as digits, and where each such amount's words stood. */
    record Spelled(String text, List<int[]> spans) {
        /** Where the amount whose digits start at {@code position} was written: its first word. */
        int writtenStart(int position) {
            for (int[] span : spans) {
                if (position >= span[0] && position < span[1]) {
                    return span[0];
                }
            }
            return position;
        }
    }

    static Spelled spell(String text, String folded) {
        StringBuilder out = null;
        List<int[]> spans = new ArrayList<>();
        Matcher currency = CURRENCY_AFTER.matcher(folded);
        int from = 0;
        int word;
        // A match is a currency word with at most one space before it: the search starts there,
        // and a text without any (most) needs no search.
        while ((word = nextCurrencyWord(folded, from)) >= 0 && currency.find(Math.max(from, word - 1))) {
            from = currency.end();
            int[] span = wordsBefore(folded, currency.start());
            if (span == null || followsNumber(folded, span[0])) {
                continue;
            }
            long value = valueOf(folded.substring(span[0], span[1]));
            String digits = Long.toString(value);
            if (value <= 1 || digits.length() > span[1] - span[0]) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            for (int i = span[0]; i < span[1]; i++) {
                out.setCharAt(i, ' ');
            }
            out.replace(span[1] - digits.length(), span[1], digits);
            spans.add(span);
        }
        return out == null ? new Spelled(text, List.of()) : new Spelled(out.toString(), spans);
    }

    // "140 million euros", "1.2 million dollars" are read with their digits; "a quarter-million
    // dollars" is no million: the words carry on a number or a word before them.
    private static boolean followsNumber(String folded, int start) {
        int before = start;
        while (before > 0 && folded.charAt(before - 1) == ' ') {
            before--;
        }
        return before > 0 && (Character.isDigit(folded.charAt(before - 1)) || folded.charAt(before - 1) == '-');
    }

    /**
     * Where the first word of CURRENCY_AFTER that starts at or after an index stands in a folded
     * text, or -1: a necessary condition for a match, found without the regex.
     */
    static int nextCurrencyWord(String folded, int from) {
        for (int i = from; i < folded.length(); i++) {
            boolean found = switch (folded.charAt(i)) {
                case '€', '$', '£' -> true;
                case 'e' -> folded.startsWith("euro", i);
                case 'd' -> folded.startsWith("dolla", i) || folded.startsWith("dolar", i);
                case 'r' -> folded.startsWith("rea", i) || folded.startsWith("rupee", i);
                case 'p' -> folded.startsWith("peso", i) || folded.startsWith("pound", i);
                case 'l' -> folded.startsWith("libra", i);
                case 's' -> folded.startsWith("sterline", i);
                case 'f' -> folded.startsWith("fran", i);
                default -> false;
            };
            if (found) {
                return i;
            }
        }
        return -1;
    }

    // The run of number words (and their joiners) that ends at `end`, or null.
    private static int[] wordsBefore(String folded, int end) {
        int start = end;
        int i = end;
        boolean any = false;
        while (i > 0) {
            int wordEnd = i;
            while (wordEnd > 0 && (folded.charAt(wordEnd - 1) == ' ' || folded.charAt(wordEnd - 1) == '-')) {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && Character.isLetter(folded.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd || i - wordEnd > 1) {
                break;
            }
            String word = folded.substring(wordStart, wordEnd);
            boolean joiner = JOINERS.contains(word);
            if (!joiner && morphemes(word) == null) {
                break;
            }
            if (!joiner) {
                start = wordStart;
                any = true;
            }
            i = wordStart;
        }
        if (!any || ARTICLES.contains(folded.substring(start, end).strip())) {
            return null;
        }
        int wordsEnd = end;
        while (wordsEnd > start && folded.charAt(wordsEnd - 1) == ' ') {
            wordsEnd--;
        }
        return new int[] {start, wordsEnd};
    }

    // A word as number morphemes, longest first ("fünfundsiebzig" = fünf, und, siebzig), or null.
    private static List<Integer> morphemes(String word) {
        List<Integer> values = new ArrayList<>();
        int at = 0;
        while (at < word.length()) {
            int found = 0;
            for (int length = Math.min(LONGEST, word.length() - at); length > 0; length--) {
                String piece = word.substring(at, at + length);
                Integer value = MORPHEMES.get(piece);
                if (value != null && (length > 1 || word.length() == 1)) {
                    values.add(value);
                    found = length;
                    break;
                }
                if (piece.equals("und") && at > 0 && at + 3 < word.length()) {
                    found = 3;
                    break;
                }
            }
            if (found == 0) {
                return null;
            }
            at += found;
        }
        return values;
    }

    // The value of number words: additive, hundreds and thousands multiply what comes before.
    static long valueOf(String words) {
        long total = 0;
        long current = 0;
        int previous = 0;
        Matcher word = WORD.matcher(words);
        while (word.find()) {
            if (JOINERS.contains(word.group())) {
                continue;
            }
            for (int v : morphemes(word.group())) {
                if (v == 100) {
                    current = (current == 0 ? 1 : current) * 100;
                } else if (v >= 1000) {
                    total += (current == 0 ? 1 : current) * v;
                    current = 0;
                } else if (v == 20 && previous == 4) {
                    current += 76; // "quatre-vingt"
                } else {
                    current += v;
                }
                previous = v;
            }
        }
        return total + current;
    }
}
