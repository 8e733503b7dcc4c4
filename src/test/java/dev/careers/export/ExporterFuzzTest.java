package dev.careers.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.model.CareerDocument;
import dev.careers.parse.CareerParser;
import dev.careers.parse.SourceException;
import dev.careers.testing.FuzzCampaign;
import dev.careers.testing.MarkdownMutator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes every built-in exporter with documents parsed from mutated fixtures (issue 7,
 * hardening): each export succeeds (no exporter has a documented refusal for a parsed document
 * with default options), leaves the stream open, and gives the same bytes twice. PDF and XLSX take
 * tens of milliseconds per export, so the CI run is short; see {@link FuzzCampaign} for long runs.
 */
class ExporterFuzzTest {
    private static final CareerParser PARSER = CareerParser.create();
    private static final MarkdownMutator MUTATOR = MarkdownMutator.fromProjectCorpus();
    private static final ExportOptions OPTIONS = ExportOptions.defaults(Instant.ofEpochSecond(1_700_000_000L));
    private static final List<Exporters.Entry> EXPORTERS = Exporters.builtIn().entries();

    @TempDir
    static Path base;

    @BeforeAll
    static void images() throws IOException {
        MarkdownMutator.writeImages(base, Files.readAllBytes(Path.of("src/test/resources/fixtures/logo.png")));
    }

    @Test
    void theBuiltInExportersAreFuzzed() {
        assertThat(EXPORTERS).extracting(e -> e.exporter().format()).contains("json", "pdf", "xlsx");
    }

    @Test
    void everyExporterWritesEveryParsedDocumentTheSameWayTwice() {
        FuzzCampaign.of("export", 120).run(MUTATOR::next, input -> {
            CareerDocument document;
            try {
                document = PARSER.parse(input, "fuzz.md", base);
            } catch (SourceException refusal) {
                return; // nothing to export
            }
            for (Exporters.Entry entry : EXPORTERS) {
                Exporter exporter = entry.exporter();
                byte[] first = export(exporter, List.of(document), false);
                byte[] second = export(exporter, List.of(document), false);
                assertThat(first).as("%s: bytes of two exports", exporter.format()).isEqualTo(second);
                assertThat(first).as("%s: output", exporter.format()).isNotEmpty();
            }
        });
    }

    @Test
    void everyCombiningExporterWritesSeveralParsedDocuments() {
        FuzzCampaign.of("combine", 15).run(r -> {
            // Several pages in one input, split again below at NUL-free separators.
            var pages = new ArrayList<String>();
            for (int i = 0, n = 2 + r.nextInt(3); i < n; i++) {
                pages.add(MUTATOR.nextText(r));
            }
            return String.join("\u0000", pages).getBytes(StandardCharsets.UTF_8);
        }, input -> {
            List<CareerDocument> documents = new ArrayList<>();
            int i = 0;
            for (String page : new String(input, StandardCharsets.UTF_8).split("\u0000")) {
                documents.add(PARSER.parse(page, "fuzz-" + i++ + ".md", base));
            }
            for (Exporters.Entry entry : EXPORTERS) {
                if (entry.exporter().supportsCombined()) {
                    byte[] first = export(entry.exporter(), documents, true);
                    assertThat(first).as("%s: bytes of two combined exports", entry.exporter().format())
                            .isEqualTo(export(entry.exporter(), documents, true));
                }
            }
        });
    }

    private static byte[] export(Exporter exporter, List<CareerDocument> documents, boolean combined) throws IOException {
        var out = new CloseDetectingStream();
        if (combined) {
            exporter.exportCombined(documents, OPTIONS, out);
        } else {
            exporter.export(documents.get(0), OPTIONS, out);
        }
        assertThat(out.closed).as("%s closed the stream it was given", exporter.format()).isFalse();
        return out.toByteArray();
    }

    /** Records a close: an exporter must leave the stream to its caller. */
    private static final class CloseDetectingStream extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
