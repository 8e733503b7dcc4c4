package dev.careers.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XlsxCurrencyFormatsTest {

    @Test
    void knownCurrenciesGetASymbolWithALocaleTag() {
        assertThat(CurrencyFormats.of("EUR", true, false)).isEqualTo("#,##0 [$€-40C]");
        assertThat(CurrencyFormats.of("EUR", false, false)).isEqualTo("[$€-2] #,##0");
        assertThat(CurrencyFormats.of("USD", false, false)).isEqualTo("[$$-409]#,##0");
        assertThat(CurrencyFormats.of("GBP", false, true)).isEqualTo("[$£-809]#,##0.00");
        assertThat(CurrencyFormats.of("CHF", true, false)).isEqualTo("#,##0 [$CHF-100C]");
    }

    @Test
    void otherIsoCodesGetTheCodeAndUnknownCurrenciesAPlainNumber() {
        assertThat(CurrencyFormats.of("SEK", false, false)).isEqualTo("[$SEK] #,##0");
        assertThat(CurrencyFormats.of("SEK", true, false)).isEqualTo("#,##0 [$SEK]");
        assertThat(CurrencyFormats.of(null, true, false)).isEqualTo("#,##0");
        assertThat(CurrencyFormats.of("\"];x", false, false)).isEqualTo("#,##0");
    }
}
