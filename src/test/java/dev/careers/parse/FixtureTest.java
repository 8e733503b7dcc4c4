package dev.careers.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.export.ExportOptions;
import dev.careers.export.json.JsonExporter;
import dev.careers.model.CareerDocument;
import dev.careers.testing.ModelJsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture pair {@code fixtures/<case>.md} + {@code <case>.json}: the Markdown parsed
 * and written as JSON must equal the expected JSON. {@code -Dgolden.update=true} rewrites the
 * expected files instead (review the diff like code).
 */
class FixtureTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    static CareerDocument parse(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(FIXTURES.resolve(name + ".md"));
        return CareerParser.create().parse(bytes, name + ".md", FIXTURES);
    }

    static String json(CareerDocument document) throws IOException {
        var out = new ByteArrayOutputStream();
        new JsonExporter().export(document, ExportOptions.defaults(Instant.EPOCH), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void markdownGivesExpectedModel(String name) throws IOException {
        String actual = json(parse(name));
        Path expected = FIXTURES.resolve(name + ".json");
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("%s.json (run with -Dgolden.update=true to create it)", name).exists();
        assertThat(actual).as(name).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    /**
     * The JSON holds the whole model: read back by an independent reader ({@link ModelJsonReader},
     * strict about missing and extra fields), it gives the same model, which exports to the same
     * bytes. Exporting the same model twice, as this test did before issue 17, could not fail once
     * the expected JSON matched.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theJsonReadBackGivesTheSameModelAndTheSameBytes(String name) throws IOException {
        CareerDocument document = parse(name);
        String exported = json(document);
        CareerDocument readBack = ModelJsonReader.read(exported);
        assertThat(readBack).as(name).isEqualTo(document);
        assertThat(json(readBack)).as(name).isEqualTo(exported);
    }

    @Test
    void everyExpectedFileHasItsSourceAndThereAreFixtures() throws IOException {
        List<String> cases = cases().toList();
        assertThat(cases).as("fixtures found").hasSizeGreaterThan(10);
        try (Stream<Path> files = Files.list(FIXTURES)) {
            List<String> orphans = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5))
                    .filter(n -> !cases.contains(n))
                    .toList();
            assertThat(orphans).as("expected JSON without a .md").isEmpty();
        }
    }
}
