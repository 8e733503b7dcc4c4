package dev.careers.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.model.Languages;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The labels bundle of every supported language. */
class LabelsTest {

    static Iterable<String> languages() {
        return Languages.SUPPORTED;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyLanguageHasItsOwnBundleWithEveryKeyAndPatternsThatParse(String language) {
        ResourceBundle base = bundle(Locale.ROOT);
        ResourceBundle own = bundle(Locale.forLanguageTag(language));
        assertThat(own.getLocale().getLanguage()).as("labels_%s.properties", language)
                .isEqualTo(language.equals("en") ? "" : language);
        assertThat(Collections.list(own.getKeys())).containsExactlyInAnyOrderElementsOf(
                Collections.list(base.getKeys()));
        for (String key : Collections.list(base.getKeys())) {
            String pattern = own.getString(key);
            int arguments = new MessageFormat(base.getString(key)).getFormatsByArgumentIndex().length;
            assertThat(new MessageFormat(pattern).getFormatsByArgumentIndex()).as("%s in %s", key, language)
                    .hasSize(arguments);
            if (arguments > 0) {
                // MessageFormat reads a lone apostrophe as the start of quoted text: write it ''.
                assertThat(pattern.replace("''", "")).as("%s in %s", key, language).doesNotContain("'");
            }
        }
    }

    // A key written twice is silently the last one: "page" once named both the footer and a section.
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void noBundleWritesAKeyTwice(String language) throws java.io.IOException {
        String name = "/dev/careers/export/internal/labels" + (language.equals("en") ? "" : "_" + language) + ".properties";
        var keys = new java.util.ArrayList<String>();
        try (var in = LabelsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                    keys.add(line.substring(0, line.indexOf('=')).strip());
                }
            }
        }
        assertThat(keys).as(name).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Sommaire | Page 2 / 5        | Métier 1 sur 3
            en | Contents | Page 2 / 5        | Career 1 of 3
            es | Índice   | Página 2 de 5     | Profesión 1 de 3
            pt | Sumário  | Página 2 de 5     | Profissão 1 de 3
            de | Inhalt   | Seite 2 von 5     | Beruf 1 von 3
            it | Indice   | Pagina 2 di 5     | Professione 1 di 3
            """)
    void eachLanguageGetsItsOwnWords(String language, String contents, String page, String careerNumber) {
        Labels labels = Labels.of(language);
        assertThat(labels.locale()).isEqualTo(Locale.forLanguageTag(language));
        assertThat(labels.get("contents")).isEqualTo(contents);
        assertThat(labels.get("page", 2, 5)).isEqualTo(page);
        assertThat(labels.get("career.number", 1, 3)).isEqualTo(careerNumber);
    }

    @Test
    void labelsWithoutArgumentsKeepTheirApostrophesAndFrenchSpacesItsColon() {
        assertThat(Labels.of("it").get("period.year")).isEqualTo("all'anno");
        assertThat(Labels.of("it").get("cover.career-count", 2)).isEqualTo("2 professioni");
        assertThat(Labels.of("fr").get("labelled", "Qui")).isEqualTo("Qui\u00A0:");
        assertThat(Labels.of("de").get("labelled", "Wer")).isEqualTo("Wer:");
    }

    @Test
    void anUnsupportedLanguageGetsEnglish() {
        assertThat(Labels.of("nl").locale()).isEqualTo(Locale.ENGLISH);
        assertThat(Labels.of(null).get("contents")).isEqualTo("Contents");
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("dev.careers.export.internal.labels", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
