package dev.careers.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.model.Level;
import dev.careers.model.Period;
import dev.careers.model.SalaryBand;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts as a reader of each document language writes them (U+00A0 shown as '_'). */
class AmountFormatTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | 45000    | EUR | 45_000_€
            fr | 1234.5   | CHF | 1_234,50_CHF
            en | 150000   | USD | $150,000
            en | 120000   | CHF | CHF_120,000
            en | 45000.25 | EUR | €45,000.25
            es | 45000    | EUR | 45.000_€
            es | 38000    | MXN | 38.000_MXN
            pt | 8000     | BRL | R$_8.000
            pt | 1500.5   | USD | $_1.500,50
            de | 45000    | EUR | 45.000_€
            de | 62.5     | EUR | 62,50_€
            it | 45000    | EUR | 45.000_€
            xx | 150000   | USD | $150,000
            """)
    void amountsUseTheLanguagesSeparatorsAndCurrencySide(String language, String value, String currency,
            String expected) {
        assertThat(AmountFormat.of(language).amount(new BigDecimal(value), currency))
                .isEqualTo(expected.replace('_', '\u00A0'));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | 45000   | EUR | 45_k€
            fr | 1500000 | EUR | 1,5_M€
            en | 1500000 | USD | $1.5M
            de | 1500000 | EUR | 1,5_M€
            es | 45000   | MXN | 45_k_MXN
            pt | 45000   | BRL | R$_45k
            it | 2500    | EUR | 2,5_k€
            """)
    void chartAxesUseTheShortForm(String language, String value, String currency, String expected) {
        assertThat(AmountFormat.of(language).compact(new BigDecimal(value), currency))
                .isEqualTo(expected.replace('_', '\u00A0'));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | 45_000_€ – 60_000_€+
            de | 45.000_€ – 60.000_€+
            pt | €_45.000 – €_60.000+
            """)
    void rangesJoinTheirAmountsWithAnEnDash(String language, String expected) {
        var band = new SalaryBand("Junior", Level.JUNIOR, BigDecimal.valueOf(45_000), BigDecimal.valueOf(60_000),
                true, "EUR", Period.YEAR, null, "45k€ - 60k€+", 3);
        assertThat(AmountFormat.of(language).range(band)).isEqualTo(expected.replace('_', '\u00A0'));
    }
}
