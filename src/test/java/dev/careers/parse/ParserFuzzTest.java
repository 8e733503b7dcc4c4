package dev.careers.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careers.export.json.JsonExporter;
import dev.careers.model.Career;
import dev.careers.model.CareerDocument;
import dev.careers.model.Diagnostic;
import dev.careers.testing.FuzzCampaign;
import dev.careers.testing.MarkdownMutator;
import dev.careers.testing.SourceWords;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the parser with inputs made from the fixture corpus (issue 7, hardening). Short and
 * deterministic in CI; {@code -Dfuzz.iterations=N -Dfuzz.seed=S} runs a longer campaign, and a
 * failing input is saved under {@code target/fuzz-failures/} (see {@link FuzzCampaign}).
 */
class ParserFuzzTest {
    private static final CareerParser PARSER = CareerParser.create();
    private static final ObjectMapper JSON = new ObjectMapper();
    // A line that ends a table: another block starts (a row needs no pipe in GFM).
    private static final MarkdownMutator MUTATOR = MarkdownMutator.fromProjectCorpus();

    @TempDir
    static Path base;

    @BeforeAll
    static void images() throws IOException {
        MarkdownMutator.writeImages(base, Files.readAllBytes(FixtureTest.FIXTURES.resolve("logo.png")));
    }

    /**
     * Property 1: parsing never throws anything but {@link SourceException} (a documented refusal
     * whose message names the file), and the document's diagnostics are sorted and point inside
     * the file.
     */
    @Test
    void parsingAnyBytesGivesADocumentOrADocumentedRefusal() {
        FuzzCampaign.of("parse", 1_500).run(MUTATOR::next, input -> {
            CareerDocument document;
            try {
                document = PARSER.parse(input, "fuzz.md", base);
            } catch (SourceException refusal) {
                assertThat(refusal.getMessage()).as("a refusal names the file").startsWith("fuzz.md:");
                return;
            }
            int lines = lineCount(decode(input));
            List<Diagnostic> diagnostics = document.diagnostics();
            assertThat(diagnostics).as("diagnostics").isSortedAccordingTo(Diagnostic.BY_POSITION);
            for (Diagnostic d : diagnostics) {
                assertThat(d.line()).as("line of %s (the file has %d lines)", d, lines).isBetween(0, lines);
            }
            for (Career career : document.careers()) {
                assertThat(career.line()).as("line of career '%s'", career.name()).isBetween(1, lines);
            }
            json(document);
        });
    }

    /**
     * Property 2: nothing of the source is lost. Every word of the source text (Markdown syntax,
     * HTML tags and comments, link targets left out, as {@code pdf-covers-source} counts them)
     * appears somewhere in the JSON export of the model.
     */
    @Test
    void everyWordOfTheSourceIsInTheJsonExport() {
        FuzzCampaign.of("words", 600).run(r -> MUTATOR.nextText(r).getBytes(StandardCharsets.UTF_8), input -> {
            CareerDocument document;
            try {
                document = PARSER.parse(input, "fuzz.md", base);
            } catch (SourceException refusal) {
                return; // property 1 checks refusals
            }
            Set<String> lost = lostWords(decode(input), json(document));
            assertThat(lost).as("source words missing from the JSON export").isEmpty();
        });
    }

    @Test
    void theFixturesLoseNoWord() throws IOException {
        for (String name : FixtureTest.cases().toList()) {
            String source = decode(Files.readAllBytes(FixtureTest.FIXTURES.resolve(name + ".md")));
            assertThat(lostWords(source, json(FixtureTest.parse(name)))).as(name).isEmpty();
        }
    }

    @Test
    void theWordCheckFindsALostParagraph() throws IOException {
        String source = "# Titre\n\n## Métier\n\nUn paragraphe gardé.\n";
        String json = json(PARSER.parse(source, "x.md", base)).replace("gardé", "");
        assertThat(lostWords(source, json)).containsExactly("gardé");
    }

    /** The words of the source that no string of the JSON holds. */
    static Set<String> lostWords(String source, String json) throws IOException {
        var strings = new StringBuilder();
        collectStrings(JSON.readTree(json), strings);
        // Front-matter values keep their character references as written ("sa&uacute;de"): the same letters.
        String exported = SourceWords.normalise(SourceWords.decodeEntities(strings.toString()));
        Set<String> exportedWords = SourceWords.of(exported);
        Set<String> lost = new TreeSet<>();
        for (String word : SourceWords.ofMarkdown(source)) {
            // A word split by inline HTML in the source (wo<b>rd</b>) is whole in the model.
            if (!exportedWords.contains(word) && !exported.contains(word)) {
                lost.add(word);
            }
        }
        return lost;
    }

    private static void collectStrings(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(node.textValue()).append('\n');
        }
        // The front matter's keys are the source's words too ("title:", "lang:").
        JsonNode frontMatter = node.isObject() ? node.get("frontMatter") : null;
        if (frontMatter != null) {
            frontMatter.fieldNames().forEachRemaining(key -> out.append(key).append('\n'));
        }
        for (JsonNode child : node) {
            collectStrings(child, out);
        }
    }

    // An entity is Markdown syntax for one character: caf&eacute; is the word café.
    static String json(CareerDocument document) throws IOException {
        var out = new ByteArrayOutputStream();
        new JsonExporter().export(document, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The text the parser reads from these bytes (the decoder's own rules), BOM removed. */
    static String decode(byte[] input) {
        String text = SourceDecoder.decode(input, "fuzz.md", new ArrayList<>());
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Lines as commonmark counts them: ended by LF, CR LF or a lone CR. */
    static int lineCount(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        return lines;
    }
}
