package dev.careers.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.model.Period;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every amount form the input format accepts (README "Input format", spec "SalaryBand"). */
class AmountsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            45k€ - 60k€                                 | 45000  | 60000  | false | EUR  | YEAR  | null
            38 000 € - 45 000 €                         | 38000  | 45000  | false | EUR  | YEAR  | null
            $150,000 – $210,000                         | 150000 | 210000 | false | USD  | YEAR  | null
            £75k - £110k+ (London)                      | 75000  | 110000 | true  | GBP  | YEAR  | London
            650€ - 900€ / jour                          | 650    | 900    | false | EUR  | DAY   | null
            62k€ à 75k€                                 | 62000  | 75000  | false | EUR  | YEAR  | null
            80k€ - 110k€+                               | 80000  | 110000 | true  | EUR  | YEAR  | null
            100k€ - 300k€+ (très variable selon publication). | 100000 | 300000 | true | EUR | YEAR | très variable selon publication
            70k€ — 90k€                                 | 70000  | 90000  | false | EUR  | YEAR  | null
            120k€ to 150k€                              | 120000 | 150000 | false | EUR  | YEAR  | null
            3 500 € - 4 200 € / mois                    | 3500   | 4200   | false | EUR  | MONTH | null
            25 $/h                                      | 25     | 25     | false | USD  | HOUR  | null
            500€ par jour                               | 500    | 500    | false | EUR  | DAY   | null
            600 €/day                                   | 600    | 600    | false | EUR  | DAY   | null
            45,5k€                                      | 45500  | 45500  | false | EUR  | YEAR  | null
            45 - 55k€                                   | 45000  | 55000  | false | EUR  | YEAR  | null
            CHF 140'000 - 180'000                       | 140000 | 180000 | false | CHF  | YEAR  | null
            1,2M€                                       | 1200000| 1200000| false | EUR  | YEAR  | null
            €85k-€105k per year                         | 85000  | 105000 | false | EUR  | YEAR  | null
            40k - 50k (2-3 ans)                         | 40000  | 50000  | false | null | YEAR  | 2-3 ans
            60 000 euros                                | 60000  | 60000  | false | EUR  | YEAR  | null
            45 000€ - 55 000€ brut/an                   | 45000  | 55000  | false | EUR  | YEAR  | brut
            entre 40k€ et 50k€                          | 40000  | 50000  | false | EUR  | YEAR  | null
            from $90k to $110k                          | 90000  | 110000 | false | USD  | YEAR  | null
            45k€ - 60k€ + variable                      | 45000  | 60000  | false | EUR  | YEAR  | + variable
            80 K€ et plus                               | 80000  | 80000  | true  | EUR  | YEAR  | null
            $200k and above                             | 200000 | 200000 | true  | USD  | YEAR  | null
            3 000 € net / mois                          | 3000   | 3000   | false | EUR  | MONTH | net
            dollars 90k - dollars 110k                  | 90000  | 110000 | false | USD  | YEAR  | null
            budget: Dollars 7k                          | 7000   | 7000   | false | USD  | YEAR  | budget
            $28～36K                                    | 28000  | 36000  | false | USD  | YEAR  | null
            45k€ brut annuel, soit 3 000 € par mois     | 45000  | 45000  | false | EUR  | YEAR  | brut, soit 3 000 € par mois
            3 000 € par mois, soit 36 000 € par an      | 3000   | 3000   | false | EUR  | MONTH | soit 36 000 € par an
            $65,000 per year working three nights a week | 65000 | 65000  | false | USD  | YEAR  | working three nights a week
            ₹3.5-5 LPA                                  | 350000 | 500000 | false | INR  | YEAR  | null
            70-80 €/noche                               | 70     | 80     | false | EUR  | DAY   | null
            CAD$115,000/year                            | 115000 | 115000 | false | CAD  | YEAR  | null
            """)
    void readsAmountForms(String text, String min, String max, boolean openEnded, String currency,
            Period period, String note) {
        Amounts.Reading reading = Amounts.read(text.strip());
        assertThat(reading.min()).isEqualByComparingTo(new BigDecimal(min));
        assertThat(reading.max()).isEqualByComparingTo(new BigDecimal(max));
        assertThat(reading.openEnded()).isEqualTo(openEnded);
        assertThat(reading.currency()).isEqualTo(currency);
        assertThat(reading.period()).isEqualTo(period);
        assertThat(reading.note()).isEqualTo(note);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            selon profil
            à négocier
            competitive
            """)
    void textWithoutAmountReadsNoAmount(String text) {
        assertThat(Amounts.read(text).min()).isNull();
        assertThat(Amounts.read(text).max()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            38 000       | 38000
            150,000      | 150000
            1.500        | 1500
            45,5         | 45.5
            1,234,567.89 | 1234567.89
            12.50        | 12.50
            21.428,5714  | 21428.5714
            1.234.567,89 | 1234567.89
            """)
    void readsNumberGrouping(String written, String expected) {
        assertThat(Amounts.number(written)).isEqualByComparingTo(new BigDecimal(expected));
    }
}
