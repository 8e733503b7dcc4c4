package dev.careers.export.xlsx;

import dev.careers.export.internal.AmountFormat;
import dev.careers.model.Languages;
import java.util.Map;

/**
 * Excel number formats for the amounts of a workbook language, with a currency tag
 * ({@code [$€-40C]}) so that Excel and LibreOffice show the symbol on a numeric cell. The symbol
 * goes on the side where the language writes it ({@link AmountFormat#symbolFirst()}); the grouping
 * and decimal separators are the reader's own, as the codes {@code #,##0} and {@code #,##0.00} are
 * shown with the separators of the reader's locale. Immutable; thread-safe.
 *
 * <p>The locale id in a tag is kept only for the few currencies we know; any other ISO code gets
 * the code-only tag {@code [$XYZ]}, and an unknown currency gets a plain number format, never text.
 */
final class CurrencyFormats {
    private static final String INTEGER = "#,##0";
    private static final String DECIMAL = "#,##0.00";

    // Currency -> {symbol-before pattern, symbol-after pattern}, with "N" standing for the number
    // pattern and "LCID" for the locale id of the workbook language. Locale ids: 409 en-US, 809 en-GB,
    // 100C fr-CH, 411 ja-JP, 1009 en-CA, C0C fr-CA, 416 pt-BR; "€-2" is the euro before a number.
    private static final Map<String, String[]> PATTERNS = Map.of(
            "EUR", new String[] {"[$€-2] N", "N [$€-LCID]"},
            "USD", new String[] {"[$$-409]N", "N [$$-409]"},
            "GBP", new String[] {"[$£-809]N", "N [$£-809]"},
            "CHF", new String[] {"[$CHF-100C] N", "N [$CHF-100C]"},
            "JPY", new String[] {"[$¥-411]N", "N [$¥-411]"},
            "CAD", new String[] {"[$$-1009]N", "N [$$-C0C]"},
            "BRL", new String[] {"[$R$-416] N", "N [$R$-416]"});
    // The Windows locale id of each language's main country: fr-FR, en-US, es-ES, pt-BR, de-DE, it-IT.
    private static final Map<String, String> LOCALE_IDS = Map.of(
            "fr", "40C", "en", "409", "es", "C0A", "pt", "416", "de", "407", "it", "410");

    private final boolean symbolFirst;
    private final String localeId;

    private CurrencyFormats(boolean symbolFirst, String localeId) {
        this.symbolFirst = symbolFirst;
        this.localeId = localeId;
    }

    /** The formats of a workbook language, one of {@link Languages#SUPPORTED}; anything else gets English. */
    static CurrencyFormats of(String language) {
        String supported = Languages.isSupported(language) ? language : Languages.FALLBACK;
        return new CurrencyFormats(AmountFormat.of(supported).symbolFirst(), LOCALE_IDS.get(supported));
    }

    /**
     * The format of an amount.
     *
     * @param currency ISO 4217 code, or null when unknown
     * @param decimals whether to show two decimals
     */
    String format(String currency, boolean decimals) {
        String number = decimals ? DECIMAL : INTEGER;
        if (currency == null) {
            return number;
        }
        String[] patterns = PATTERNS.get(currency);
        if (patterns != null) {
            return patterns[symbolFirst ? 0 : 1].replace("N", number).replace("LCID", localeId);
        }
        if (!currency.matches("[A-Z]{3}")) {
            return number; // not an ISO code: writing it into a format could break the format
        }
        return symbolFirst ? "[$" + currency + "] " + number : number + " [$" + currency + "]";
    }
}
