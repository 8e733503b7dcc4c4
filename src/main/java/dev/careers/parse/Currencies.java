package dev.careers.parse;

import java.util.Locale;
import java.util.Map;

/**
 * The ways pages write a currency, before or after an amount ("R$ 4.200", "45k€", "30 000
 * euros", "16 lakh rs"), and the ISO code of each. One list for the band reader ({@link Amounts})
 * and the pay finder ({@link PayFinder}), so that both read the same symbols. Stateless.
 */
final class Currencies {
    /** A bare "$": the page's dollar, which its country tells (MXN on a page about México), else USD. */
    static final String DOLLAR = "$";
    /** "pesos": the peso of the country the page speaks of (ARS in Argentina), else MXN. */
    static final String PESO = "pesos";
    /**
     * "dollars", "dollari": the page's dollar where its country has one of its own (CAD on a page
     * about Montréal), else USD; on a page whose "$" is a peso, the word still names the US dollar.
     */
    static final String DOLLARS = "dollars";

    /**
     * The ISO codes pages write, in capitals. Not the codes that are also common words or names
     * in capitals: PHP (the language), ALL, TOP, CUP, BOB, MOP.
     */
    static final String ISO = "(?:INR|USD|EUR|GBP|CHF|CAD|AUD|NZD|HKD|BRL|MXN|JPY|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN"
            + "|TRY|UAH|RUB|AED|SAR|QAR|ILS|EGP|ZAR|NGN|KES|MAD|TND|SGD|MYR|THB|IDR|VND|KRW|TWD|PKR|CNY"
            + "|COP|ARS|CLP|PEN|UYU|CRC|DOP|GTQ)(?![\\p{L}])";

    /** Currencies written before an amount, longest first where one is the start of another. */
    static final String BEFORE = "R\\$|US\\$|(?:USD|CAD|AUD|NZD|MXN|SGD|HKD)\\$|CA\\$|C\\$|A\\$|AU\\$|NZ\\$|MX\\$|S\\$|HK\\$|\\$|€|£|¥|₹|₺|₩|₽|₪|₦|₱"
            + "|Rs\\.?|" + Currencies.ISO;
    /** Currencies written after an amount: symbols, codes and the names of the six languages. */
    static final String AFTER = "€|\\$\\s?US(?![\\p{L}])|\\$|£|₹|₺|₩|₽|₪|₦|₱|" + Currencies.ISO + "|Kč(?![\\p{L}])|z[lł](?![\\p{L}])"
            + "|(?i:rs\\.?(?![\\p{L}])|euros?|dollars?|d[oó]lares|dollari|reais|pesos|rupees|rupie|libras|pounds|sterline|francs?|franken|franchi"
            + "|rubel|rubles?|roubles?|rublos?|rubli|yen|yuan|renminbi|zloty|z[lł]otych|pesetas|ptas\\.?|lire|escudos)(?![\\p{L}])";

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("$", DOLLAR), Map.entry("us$", "USD"), Map.entry("$ us", "USD"), Map.entry("$us", "USD"), Map.entry("usd$", "USD"), Map.entry("dollar", DOLLARS),
            Map.entry("dollars", DOLLARS), Map.entry("dólares", "USD"), Map.entry("dolares", "USD"),
            Map.entry("€", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("£", "GBP"),
            Map.entry("libras", "GBP"), Map.entry("¥", "JPY"), Map.entry("₹", "INR"), Map.entry("rs", "INR"),
            Map.entry("rs.", "INR"), Map.entry("rupees", "INR"), Map.entry("ca$", "CAD"), Map.entry("c$", "CAD"),
            Map.entry("a$", "AUD"), Map.entry("au$", "AUD"), Map.entry("nz$", "NZD"), Map.entry("mx$", "MXN"),
            Map.entry("s$", "SGD"), Map.entry("hk$", "HKD"), Map.entry("r$", "BRL"), Map.entry("reais", "BRL"),
            Map.entry("pesos", PESO), Map.entry("franc", "CHF"), Map.entry("francs", "CHF"),
            Map.entry("dollari", DOLLARS), Map.entry("pounds", "GBP"), Map.entry("sterline", "GBP"),
            Map.entry("rupie", "INR"), Map.entry("franken", "CHF"), Map.entry("franchi", "CHF"),
            Map.entry("rubel", "RUB"), Map.entry("ruble", "RUB"), Map.entry("rubles", "RUB"), Map.entry("rouble", "RUB"),
            Map.entry("roubles", "RUB"), Map.entry("rublo", "RUB"), Map.entry("rublos", "RUB"), Map.entry("rubli", "RUB"),
            Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("zloty", "PLN"),
            Map.entry("zlotych", "PLN"), Map.entry("złotych", "PLN"),
            // Currencies of old pages and archives: pesetas, lire, escudos
            Map.entry("pesetas", "ESP"), Map.entry("ptas", "ESP"), Map.entry("ptas.", "ESP"), Map.entry("lire", "ITL"),
            Map.entry("escudos", "PTE"), Map.entry("₺", "TRY"), Map.entry("₩", "KRW"), Map.entry("₽", "RUB"),
            Map.entry("₪", "ILS"), Map.entry("₦", "NGN"), Map.entry("₱", "PHP"), Map.entry("kč", "CZK"), Map.entry("zł", "PLN"), Map.entry("zl", "PLN"));

    private Currencies() {}

    /** The ISO code of a currency as written; {@link #DOLLAR} and {@link #PESO} for those the page's country tells. */
    static String code(String symbol) {
        String code = CODES.get(symbol.toLowerCase(Locale.ROOT));
        if (code == null && symbol.length() == 4 && symbol.endsWith("$")) {
            return symbol.substring(0, 3).toUpperCase(Locale.ROOT); // "CAD$115,000"
        }
        return code != null ? code : symbol.toUpperCase(Locale.ROOT);
    }
}
