package dev.careers.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XlsxCurrencyFormatsTest {
    private static final CurrencyFormats FRENCH = CurrencyFormats.of("fr");
    private static final CurrencyFormats ENGLISH = CurrencyFormats.of("en");

    @Test
    void knownCurrenciesGetASymbolWithALocaleTag() {
        assertThat(FRENCH.format("EUR", false)).isEqualTo("#,##0 [$€-40C]");
        assertThat(ENGLISH.format("EUR", false)).isEqualTo("[$€-2] #,##0");
        assertThat(ENGLISH.format("USD", false)).isEqualTo("[$$-409]#,##0");
        assertThat(ENGLISH.format("GBP", true)).isEqualTo("[$£-809]#,##0.00");
        assertThat(FRENCH.format("CHF", false)).isEqualTo("#,##0 [$CHF-100C]");
    }

    @Test
    void otherIsoCodesGetTheCodeAndUnknownCurrenciesAPlainNumber() {
        assertThat(ENGLISH.format("SEK", false)).isEqualTo("[$SEK] #,##0");
        assertThat(FRENCH.format("SEK", false)).isEqualTo("#,##0 [$SEK]");
        assertThat(FRENCH.format(null, false)).isEqualTo("#,##0");
        assertThat(ENGLISH.format("\"];x", false)).isEqualTo("#,##0");
    }

    @Test
    void theSymbolGoesWhereTheLanguageWritesItAndTheEuroCarriesItsLocale() {
        assertThat(CurrencyFormats.of("de").format("EUR", true)).isEqualTo("#,##0.00 [$€-407]");
        assertThat(CurrencyFormats.of("es").format("EUR", false)).isEqualTo("#,##0 [$€-C0A]");
        assertThat(CurrencyFormats.of("it").format("EUR", false)).isEqualTo("#,##0 [$€-410]");
        assertThat(CurrencyFormats.of("es").format("MXN", false)).isEqualTo("#,##0 [$MXN]");
        assertThat(CurrencyFormats.of("pt").format("BRL", false)).isEqualTo("[$R$-416] #,##0");
        assertThat(CurrencyFormats.of("pt").format("EUR", false)).isEqualTo("[$€-2] #,##0");
        assertThat(CurrencyFormats.of("xx").format("EUR", false)).isEqualTo(ENGLISH.format("EUR", false));
    }
}
