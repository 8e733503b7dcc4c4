package dev.careers.export;

import dev.careers.model.SalaryBand;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * Writes amounts the way a reader of the document's language expects: {@code 45 000 €} in French,
 * {@code $150,000} or {@code €45,000} in English. Immutable; thread-safe.
 */
public final class AmountFormat {
    private static final char NO_BREAK_SPACE = '\u00A0';
    private static final String EN_DASH = " \u2013 ";
    private static final Map<String, String> SYMBOLS =
            Map.of("EUR", "€", "USD", "$", "GBP", "£", "JPY", "¥", "INR", "₹");

    // DecimalFormat is costly to build and not thread-safe: one per thread and language.
    private static final ThreadLocal<DecimalFormat> FRENCH_NUMBERS = ThreadLocal.withInitial(() -> numberFormat(true));
    private static final ThreadLocal<DecimalFormat> ENGLISH_NUMBERS = ThreadLocal.withInitial(() -> numberFormat(false));

    private final boolean french;

    private AmountFormat(boolean french) {
        this.french = french;
    }

    /** The format of a document language ("fr" or "en"). */
    public static AmountFormat of(String language) {
        return new AmountFormat("fr".equals(language));
    }

    /** One amount with its currency ("45 000 €", "$150,000", "CHF 120,000"). */
    public String amount(BigDecimal value, String currency) {
        String number = number(value);
        if (currency == null) {
            return number;
        }
        String symbol = SYMBOLS.get(currency);
        if (french) {
            return number + NO_BREAK_SPACE + (symbol != null ? symbol : currency);
        }
        return symbol != null ? symbol + number : currency + NO_BREAK_SPACE + number;
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
     * ("45 k€", "1,5 M€" in French; "$45k", "$1.5M" in English). Other amounts as {@link #amount}.
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
        if (french) {
            return number + NO_BREAK_SPACE + suffix + (symbol != null ? symbol : NO_BREAK_SPACE + currency);
        }
        return symbol != null ? symbol + number + suffix : currency + NO_BREAK_SPACE + number + suffix;
    }

    /** A number with the language's grouping and up to two decimals ("45 000", "150,000.5"). */
    public String number(BigDecimal value) {
        return (french ? FRENCH_NUMBERS : ENGLISH_NUMBERS).get().format(value);
    }

    private static DecimalFormat numberFormat(boolean french) {
        var symbols = DecimalFormatSymbols.getInstance(french ? Locale.FRENCH : Locale.ENGLISH);
        if (french) {
            symbols.setGroupingSeparator(NO_BREAK_SPACE);
        }
        return new DecimalFormat("#,##0.##", symbols);
    }
}
