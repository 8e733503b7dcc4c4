package dev.careers.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metadata block at the top of a page: read as metadata, its lines kept as empty lines. */
class FrontMatterTest {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    @Test
    void yamlFieldsAreReadInOrderAndTheirLinesEmptied() {
        FrontMatter fm = FrontMatter.of("---\ntitle: \"Nurse pay\"\ntags: [a, b]\nlang: pt-BR\n---\n# Nurse\n", diagnostics);
        assertThat(fm.fields()).containsExactly(java.util.Map.entry("title", "Nurse pay"),
                java.util.Map.entry("tags", "a, b"), java.util.Map.entry("lang", "pt-BR"));
        assertThat(fm.body()).isEqualTo("\n\n\n\n\n# Nurse\n");
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void pelicanKeyLinesWithATitleAreMetadata() {
        FrontMatter fm = FrontMatter.of("Title: Nurse pay\nDate: 2024-01-02\nTags: health,\n  pay\n\n## Nurse\n", diagnostics);
        assertThat(fm.fields()).containsExactly(java.util.Map.entry("title", "Nurse pay"),
                java.util.Map.entry("date", "2024-01-02"), java.util.Map.entry("tags", "health, pay"));
        assertThat(fm.body()).isEqualTo("\n\n\n\n\n## Nurse\n"); // the heading stays on line 6
    }

    @Test
    void aKeyWrittenTwiceInInvalidYamlKeepsBothValues() {
        FrontMatter fm = FrontMatter.of("---\ntitle: T\nTraining: A.S.\n**Dental** nurse\nTraining: certificate\n---\n# T\n",
                diagnostics);
        assertThat(fm.fields().get("Training")).isEqualTo("A.S. **Dental** nurse · certificate");
    }

    @Test
    void keyLinesWithoutAMetadataKeyOrTitleAreText() {
        String advert = "Salary: 40k\nLocation: Paris\n\n# Nurse\n";
        assertThat(FrontMatter.of(advert, diagnostics).body()).isEqualTo(advert);
        String untitled = "Date: 2024-01-02\nTags: pay\n\n# Nurse\n";
        assertThat(FrontMatter.of(untitled, diagnostics).fields()).isEmpty();
    }

    @Test
    void aListOfMapsReadsAsItsQuestionsAndAnswers() {
        var diagnostics = new java.util.ArrayList<dev.careers.model.Diagnostic>();
        FrontMatter fm = FrontMatter.of("---\nfaq:\n  - q: \"What does a nurse earn?\"\n    a: \"About $80,000.\"\n"
                + "  - q: \"Where?\"\n    a: \"In cities.\"\n---\n# Nurse\n", diagnostics);
        assertThat(fm.fields()).containsEntry("faq", "What does a nurse earn? — About $80,000. · Where? — In cities.");
    }

    @Test
    void aYamlAnchorsNameIsKeptByReadingTheLinesOneByOne() {
        // YAML would read "&x lang: it" as an anchor named "x" on an empty key: "x" and "lang" lost.
        FrontMatter fm = FrontMatter.of("---\ntitle: Pay\n&x lang: it\n---\n# T\n", diagnostics);
        assertThat(String.join(" ", fm.fields().values())).contains("&x lang: it");
        assertThat(diagnostics).extracting(d -> d.code()).containsExactly("frontmatter.invalid");
    }

    @Test
    void tomlWithWindowsLineEndsKeepsTheLineCount() {
        FrontMatter fm = FrontMatter.of("+++\r\ntitle = \"Nurse\"\r\n+++\r\ntext\r\n", diagnostics);
        assertThat(fm.get("title")).isEqualTo("Nurse");
        assertThat(fm.body()).isEqualTo("\r\n\r\n\r\ntext\r\n");
    }

    @Test
    void aBlockWithoutItsClosingLineIsPageText() {
        String text = "---\ntitle: x\n\n# Not closed\n";
        assertThat(FrontMatter.of(text, diagnostics).body()).isEqualTo(text);
        assertThat(FrontMatter.of("# T\n---\na: b\n---\n", diagnostics).fields()).isEmpty();
    }

    @Test
    void invalidYamlIsReadLineByLineWithAWarningAndCommentsAreKept() {
        FrontMatter fm = FrontMatter.of("---\ntitle: 'it's mine'\n# a note\nauthor: Ana\n---\n", diagnostics);
        assertThat(fm.get("title")).isEqualTo("it's mine");
        assertThat(fm.get("author")).isEqualTo("Ana");
        assertThat(fm.fields().get("#")).isEqualTo("# a note");
        assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("frontmatter.invalid");
    }
}
