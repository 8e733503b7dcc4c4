package dev.careers.export.internal;

import dev.careers.model.Languages;
import dev.careers.model.SalaryBand;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes amounts the way a reader of the document's language expects: {@code 45 000 €} in French,
 * {@code 45.000 €} in German, Spanish and Italian, {@code R$ 45.000} in Portuguese, {@code $150,000}
 * or {@code €45,000} in English. The grouping and decimal separators and the side of the currency
 * come from the language's locale data ({@link DecimalFormatSymbols}, the currency pattern of
 * {@link NumberFormat#getCurrencyInstance(Locale)}); Portuguese follows Brazil, the locale data's
 * default. Immutable; thread-safe.
 */
public final class AmountFormat {
    private static final char NO_BREAK_SPACE = '\u00A0';
    private static final char CURRENCY_SIGN = '\u00A4';
    private static final String EN_DASH = " \u2013 ";
    // Currencies written as a symbol that no reader of these languages mistakes; others keep their
    // ISO code ("CHF 120,000", "45.000 MXN").
    private static final Map<String, String> SYMBOLS =
            Map.of("EUR", "€", "USD", "$", "GBP", "£", "JPY", "¥", "INR", "₹", "BRL", "R$");
    // Building one reads the locale data: one per language, made when first asked for.
    private static final Map<String, AmountFormat> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final boolean symbolFirst;
    private final String symbolSpace;
    // DecimalFormat is costly to build and not thread-safe: one per thread and language.
    private final ThreadLocal<DecimalFormat> numbers;
    private final ThreadLocal<DecimalFormat> withCents;

    private AmountFormat(Locale locale) {
        String pattern = currencyPattern(locale);
        int sign = pattern.indexOf(CURRENCY_SIGN);
        int digits = firstDigit(pattern);
        this.symbolFirst = sign >= 0 && sign < digits;
        // "¤ #,##0.00" (Portuguese) spaces its symbol from the number, "¤#,##0.00" (English) does not.
        this.symbolSpace = symbolFirst && sign + 1 < pattern.length()
                && Character.isSpaceChar(pattern.charAt(sign + 1)) ? String.valueOf(NO_BREAK_SPACE) : "";
        this.numbers = ThreadLocal.withInitial(() -> numberFormat(locale, "#,##0.##"));
        this.withCents = ThreadLocal.withInitial(() -> numberFormat(locale, "#,##0.00"));
    }

    /** The format of a document language, one of {@link Languages#SUPPORTED}; anything else gets English. */
    public static AmountFormat of(String language) {
        String supported = Languages.isSupported(language) ? language : Languages.FALLBACK;
        return BY_LANGUAGE.computeIfAbsent(supported, l -> new AmountFormat(Locale.forLanguageTag(l)));
    }

    /**
     * Whether the currency goes before the number ("$150,000", "R$ 8.000") rather than after it
     * ("45 000 €"), as the language writes amounts.
     */
    public boolean symbolFirst() {
        return symbolFirst;
    }

    /**
     * One amount with its currency ("45 000 €", "$150,000", "CHF 120,000", "R$ 8.000"); an amount
     * with cents shows both digits of them ("$22.40", not "$22.4").
     */
    public String amount(BigDecimal value, String currency) {
        String number = value.stripTrailingZeros().scale() > 0 ? withCents.get().format(value) : number(value);
        if (currency == null) {
            return number;
        }
        String symbol = SYMBOLS.get(currency);
        if (!symbolFirst) {
            return number + NO_BREAK_SPACE + (symbol != null ? symbol : currency);
        }
        return symbol != null ? symbol + symbolSpace + number : currency + NO_BREAK_SPACE + number;
    }

    /** A band's range ("45 000 € – 60 000 €", "80 000 € – 110 000 €+"), or null without amounts. */
    public String range(SalaryBand band) {
        if (!band.hasAmount()) {
            return null;
        }
        String plus = band.openEnded() ? "+" : "";
        if (band.min().compareTo(band.max()) == 0) {
            return amount(band.min(), band.currency()) + plus;
        }
        return amount(band.min(), band.currency()) + EN_DASH + amount(band.max(), band.currency()) + plus;
    }

    /**
     * A short amount for chart axes: thousands as {@code k}, millions as {@code M}
     * ("45 k€", "1,5 M€" in French and German; "$45k", "$1.5M" in English). Other amounts as
     * {@link #amount}.
     */
    public String compact(BigDecimal value, String currency) {
        BigDecimal million = BigDecimal.valueOf(1_000_000);
        BigDecimal thousand = BigDecimal.valueOf(1_000);
        String suffix;
        BigDecimal scaled;
        if (value.abs().compareTo(million) >= 0) {
            suffix = "M";
            scaled = value.divide(million);
        } else if (value.abs().compareTo(thousand) >= 0) {
            suffix = "k";
            scaled = value.divide(thousand);
        } else {
            return amount(value, currency);
        }
        String number = number(scaled);
        if (currency == null) {
            return number + suffix;
        }
        String symbol = SYMBOLS.get(currency);
        if (!symbolFirst) {
            return number + NO_BREAK_SPACE + suffix + (symbol != null ? symbol : NO_BREAK_SPACE + currency);
        }
        return symbol != null ? symbol + symbolSpace + number + suffix : currency + NO_BREAK_SPACE + number + suffix;
    }

    /** A number with the language's grouping and up to two decimals ("45 000", "150,000.5", "45.000,5"). */
    public String number(BigDecimal value) {
        return numbers.get().format(value);
    }

    private static DecimalFormat numberFormat(Locale locale, String pattern) {
        var symbols = DecimalFormatSymbols.getInstance(locale);
        if (locale.getLanguage().equals("fr")) {
            // A no-break space, as French amounts have always been grouped here; the locale data
            // now has the narrow no-break space (U+202F).
            symbols.setGroupingSeparator(NO_BREAK_SPACE);
        }
        return new DecimalFormat(pattern, symbols);
    }

    private static String currencyPattern(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        // Every locale of the JDK gives a DecimalFormat; another provider's format puts the symbol after.
        return format instanceof DecimalFormat decimal ? decimal.toPattern() : "#,##0.00 " + CURRENCY_SIGN;
    }

    private static int firstDigit(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '#' || c == '0') {
                return i;
            }
        }
        return pattern.length();
    }
}
