package dev.careers.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.model.Career;
import dev.careers.model.CareerDocument;
import dev.careers.parse.CareerParser;
import dev.careers.testing.ExternalTool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every word of the sample and of every fixture shows in its brochure, as the team's checker
 * {@code src/test/tools/pdf-covers-source} (a copy of {@code /work/shared/check/pdf-covers-source})
 * reads it with pdftotext.
 *
 * <p>No word may be missing: section headings are shown as the author wrote them (the model
 * keeps them), and every other piece of content is rendered.
 */
class PdfCoverageTest {
    private static final Pattern HEADING = Pattern.compile("#{3,6}\\s+(.*?)\\s*#*\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}&&[^\\d_]]+(?:'[\\p{L}&&[^\\d_]]+)*");
    private static final Path CHECKER = Path.of("src", "test", "tools", "pdf-covers-source");

    static Stream<Path> sources() throws IOException {
        Path fixtures = Path.of("src", "test", "resources", "fixtures");
        Stream<Path> sample = Stream.of(Path.of("input", "metiers-ia.md"));
        if (!Files.isDirectory(fixtures)) {
            return sample;
        }
        List<Path> markdown;
        try (Stream<Path> files = Files.list(fixtures)) {
            markdown = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        return Stream.concat(sample, markdown.stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void brochureShowsEveryWordOfTheSource(Path source) {
        ExternalTool.require("python3");
        ExternalTool.require("pdftotext");
        CareerDocument document = CareerParser.create().parse(source);
        String name = "covers-" + source.getFileName().toString().replace(".md", "");
        Path pdf = PdfFiles.write(name, PdfFiles.export(document, Map.of()).bytes());
        var result = ExternalTool.run(List.of("python3", CHECKER.toString(), source.toString(), pdf.toString()));
        assertThat(result.exitCode()).as(source + ": " + result.stderr()).isIn(0, 1);
        List<String> missing = result.stdout().lines().filter(line -> line.startsWith("missing: "))
                .map(line -> line.substring("missing: ".length())).toList();
        assertThat(missing).as(source + ": words missing from the brochure").isEmpty();
        assertThat(result.exitCode()).as(result.stdout()).isZero();
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
