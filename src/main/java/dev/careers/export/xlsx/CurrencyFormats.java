package dev.careers.export.xlsx;

import java.util.Map;

/**
 * Excel number formats for amounts, with a currency tag ({@code [$€-40C]}) so that Excel and
 * LibreOffice show the symbol on a numeric cell. Stateless.
 *
 * <p>The locale id in a tag decides where the symbol goes and is kept only for the few
 * currencies we know; any other ISO code gets the code-only tag {@code [$XYZ]}, and an unknown
 * currency gets a plain number format, never text.
 */
final class CurrencyFormats {
    private static final String INTEGER = "#,##0";
    private static final String DECIMAL = "#,##0.00";

    // Currency -> {symbol-before pattern for English, symbol-after pattern for French}, with
    // "N" standing for the number pattern. Locale ids: 409 en-US, 809 en-GB, 40C fr-FR,
    // 100C fr-CH, 411 ja-JP, 1009 en-CA, C0C fr-CA.
    private static final Map<String, String[]> PATTERNS = Map.of(
            "EUR", new String[] {"[$€-2] N", "N [$€-40C]"},
            "USD", new String[] {"[$$-409]N", "N [$$-409]"},
            "GBP", new String[] {"[$£-809]N", "N [$£-809]"},
            "CHF", new String[] {"[$CHF-100C] N", "N [$CHF-100C]"},
            "JPY", new String[] {"[$¥-411]N", "N [$¥-411]"},
            "CAD", new String[] {"[$$-1009]N", "N [$$-C0C]"});

    private CurrencyFormats() {}

    /**
     * The format of an amount.
     *
     * @param currency ISO 4217 code, or null when unknown
     * @param french whether the symbol goes after the number, as in French
     * @param decimals whether to show two decimals
     */
    static String of(String currency, boolean french, boolean decimals) {
        String number = decimals ? DECIMAL : INTEGER;
        if (currency == null) {
            return number;
        }
        String[] patterns = PATTERNS.get(currency);
        if (patterns != null) {
            return patterns[french ? 1 : 0].replace("N", number);
        }
        if (!currency.matches("[A-Z]{3}")) {
            return number; // not an ISO code: writing it into a format could break the format
        }
        return french ? number + " [$" + currency + "]" : "[$" + currency + "] " + number;
    }
}
