package dev.careers.tofix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careers.export.json.JsonExporter;
import dev.careers.parse.CareerParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Source text the parser still drops, found by the fuzzer's word property (issue 7). Each test
 * states the wanted behaviour and is expected to fail: when one starts passing, the loss is fixed,
 * so move the case to a fixture and delete its rule in {@code ParserFuzzTest.withoutKnownLosses}.
 */
class KnownLossesTest {
    private static String json(String markdown) throws IOException {
        var out = new ByteArrayOutputStream();
        new JsonExporter().export(CareerParser.create().parse(markdown, "x.md", Path.of("")), null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The words after "Sources" in the heading of the document's sources section. */
    @Test
    void theRestOfASourcesHeadingIsKept() {
        String markdown = "# T\n\n## Métier\n\nTexte.\n\n## Sources et liens utiles\n\n- [Un lien](https://example.org)\n";
        assertThatThrownBy(() -> assertThat(json(markdown)).contains("liens utiles"))
                .as("expected to fail until fixed").isInstanceOf(AssertionError.class);
    }
}
