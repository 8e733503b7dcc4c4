package dev.careers.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document's keywords: the careers' names, no longer than PDF/A allows a string to be. */
class KeywordsTest {
    @Test
    void aFewNamesAreAllKept() {
        assertThat(BrochureWriter.keywords(List.of("Le Data Scientist", "MLE"))).isEqualTo("Le Data Scientist, MLE");
    }

    // A 1,000-career brochure failed PDF/A-2u 6.1.13-3 with 35,547 bytes of keywords.
    @Test
    void theNamesOfManyCareersStopBeforeTheLimitOfAString() {
        List<String> names = Collections.nCopies(2_000, "Ingénieure en apprentissage automatique");
        String keywords = BrochureWriter.keywords(names);
        assertThat(keywords.length()).isLessThanOrEqualTo(BrochureWriter.KEYWORDS_MAX_CHARS);
        assertThat(2 + 2 * keywords.length()).isLessThanOrEqualTo(32_767);
        assertThat(keywords).startsWith("Ingénieure en apprentissage automatique, Ingénieure").doesNotEndWith(", ");
    }
}
