package dev.careers.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** Emoji a brochure cannot draw leave no pieces behind. */
class UndrawnSequencesTest {
    // A font like ours: letters, digits, punctuation, a few symbols; no pictographs.
    private static final IntPredicate FONT = cp -> cp < 0x2000 || cp == 0x2640 || cp == 0x2192;

    @Test
    void aPictographGoesWithItsDressingAndWhatItJoins() {
        assertThat(UndrawnSequences.clean("Dev 👩‍💻 heureuse", FONT)).isEqualTo("Dev heureuse");
        assertThat(UndrawnSequences.clean("Coureuse 🏃‍♀️ rapide", FONT)).isEqualTo("Coureuse rapide");
        assertThat(UndrawnSequences.clean("Note 👍🏽 bonne", FONT)).isEqualTo("Note bonne");
    }

    @Test
    void theSpaceBeforeALeftOutEmojiGoesWhenPunctuationFollows() {
        assertThat(UndrawnSequences.clean("¿Cuánto gana un programador? 💰", FONT)).isEqualTo("¿Cuánto gana un programador?");
        assertThat(UndrawnSequences.clean("Crecimiento 📈.", FONT)).isEqualTo("Crecimiento.");
        assertThat(UndrawnSequences.clean("🚀 Guide", FONT)).isEqualTo("Guide"); // and after one that opens the text
        assertThat(UndrawnSequences.clean("💰  UX/UI Design", FONT)).isEqualTo("UX/UI Design");
    }

    @Test
    void drawableSymbolsStayAndLoneSelectorsGo() {
        assertThat(UndrawnSequences.clean("A → B", FONT)).isEqualTo("A → B");
        assertThat(UndrawnSequences.clean("Femme ♀\uFE0F ici", FONT)).isEqualTo("Femme ♀ ici");
        assertThat(UndrawnSequences.clean("Plain text", FONT)).isSameAs("Plain text");
    }

    @Test
    void lettersNoFontHasStayToBeReported() {
        assertThat(UndrawnSequences.clean("漢字", FONT)).isEqualTo("漢字");
    }
}
