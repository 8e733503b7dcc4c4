package dev.careers.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {

    private static String digits(String text) {
        return NumberWords.asDigits(text, Words.foldKeepingPositions(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "knapp fünfzehn Euro netto | knapp       15 Euro netto",
        "bei fünfundsiebzig Euro | bei             75 Euro",
        "dreißig Euro | 30 Euro",
        "quatre-vingt-dix euros | 90 euros",
        "eighty-five thousand dollars | 85000 dollars",
        "cinquenta mil reais | 50000 reais",
        "veinticinco mil pesos | 25000 pesos",
        "trentamila euro | 30000 euro",
        "a hundred thousand dollars | 100000 dollars",
        "two hundred and fifty pounds | 250 pounds",
    })
    void amountsInWordsBeforeACurrencyBecomeDigitsInTheirPlace(String written, String expected) {
        String result = digits(written);
        assertEquals(expected.strip(), result.strip().replaceAll("^ +", ""));
        assertEquals(written.length(), result.length(), "positions are kept");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "un euro de plus",
        "zwei Jahre Erfahrung und 20 Euro",
        "sehr gutes Geld in Euro",
        "entre euros",
    })
    void wordsThatAreNotAnAmountStayAsWritten(String written) {
        assertSame(written, digits(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mein Stundensatz lag bei fünfundsiebzig Euro netto. | 75",
        "Elle touchait quarante-cinq mille euros par an. | 45000",
    })
    void payFinderReadsThem(String sentence, long amount) {
        var found = PayFinder.find(sentence, PayFinder.Context.PLAIN);
        assertEquals(1, found.size(), found.toString());
        assertEquals(amount, found.get(0).reading().min().longValue());
    }
}
