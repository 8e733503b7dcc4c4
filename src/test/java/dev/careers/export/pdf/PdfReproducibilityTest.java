package dev.careers.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.export.ExportOptions;
import dev.careers.model.CareerDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The same document and timestamp give the same bytes, whatever runs beside the export. */
class PdfReproducibilityTest {

    @Test
    void twoExportsGiveIdenticalBytes() {
        CareerDocument sample = SampleDocuments.metiersIa();
        byte[] first = PdfFiles.export(sample, Map.of()).bytes();
        byte[] second = PdfFiles.export(sample, Map.of()).bytes();
        assertThat(second).isEqualTo(first);
    }

    // The batch runner exports many documents at once, and fonts and their glyph caches are
    // shared by every export of the process: documents that differ in language, page size, fallback
    // glyphs and number of inputs, exported side by side, must come out as they do alone.
    @Test
    void differentDocumentsExportedAtOnceGiveTheBytesOfSequentialExports() throws Exception {
        Map<String, Callable<byte[]>> exports = new LinkedHashMap<>();
        exports.put("metiers-ia", () -> PdfFiles.export(SampleDocuments.metiersIa(), Map.of()).bytes());
        exports.put("english with symbols", () -> PdfFiles.export(SampleDocuments.english(1), Map.of()).bytes());
        exports.put("english on Letter", () -> PdfFiles.export(SampleDocuments.english(3),
                Map.of(ExportOptions.PAGE_SIZE, "Letter")).bytes());
        exports.put("twelve careers", () -> PdfFiles.export(SampleDocuments.english(12), Map.of()).bytes());
        exports.put("typeset ahead", () -> PdfFiles.export(
                SampleDocuments.english(BrochureWriter.COMPOSE_AHEAD_FROM + 1), Map.of()).bytes());
        exports.put("combined", () -> PdfFiles.exportCombined(
                List.of(SampleDocuments.metiersIa(), SampleDocuments.english(2))).bytes());
        // What a run does on another thread while it reads its inputs: nothing an export can see.
        exports.put("prepared", () -> {
            new PdfExporter().prepare();
            return new byte[0];
        });
        Map<String, byte[]> sequential = new LinkedHashMap<>();
        for (Map.Entry<String, Callable<byte[]>> export : exports.entrySet()) {
            sequential.put(export.getKey(), export.getValue().call());
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Map.Entry<String, Future<byte[]>>> runs = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Map.Entry<String, Callable<byte[]>> export : exports.entrySet()) {
                    runs.add(Map.entry(export.getKey(), pool.submit(export.getValue())));
                }
            }
            for (Map.Entry<String, Future<byte[]>> run : runs) {
                assertThat(run.getValue().get()).as(run.getKey()).isEqualTo(sequential.get(run.getKey()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // Large brochures are typeset on a second thread while the first lays out the careers before:
    // the result must not depend on it, nor on how far ahead the second thread got.
    @Test
    void typesettingAheadOnASecondThreadGivesTheBytesOfTypesettingInline() throws Exception {
        List<List<CareerDocument>> brochures = List.of(
                List.of(SampleDocuments.english(BrochureWriter.COMPOSE_AHEAD_FROM + 6)),
                List.of(SampleDocuments.metiersIa(), SampleDocuments.english(30), SampleDocuments.english(2)));
        var options = new ExportOptions(PdfFiles.TIMESTAMP, "0.1.0", Map.of(), dev.careers.export.DiagnosticSink.IGNORE);
        Theme theme = Theme.defaults();
        for (List<CareerDocument> documents : brochures) {
            var inline = new java.io.ByteArrayOutputStream();
            new BrochureWriter(theme, FontSet.of(theme), Integer.MAX_VALUE).write(documents, options, inline);
            var ahead = new java.io.ByteArrayOutputStream();
            new BrochureWriter(theme, FontSet.of(theme), 1).write(documents, options, ahead);
            assertThat(ahead.toByteArray()).isEqualTo(inline.toByteArray());
            byte[] byDefault = documents.size() == 1 ? PdfFiles.export(documents.get(0), Map.of()).bytes()
                    : PdfFiles.exportCombined(documents).bytes();
            assertThat(byDefault).isEqualTo(inline.toByteArray());
        }
    }

    @Test
    void anotherTimestampChangesTheDatesOnly() {
        CareerDocument sample = SampleDocuments.metiersIa();
        byte[] first = PdfFiles.export(sample, Map.of()).bytes();
        var options = new dev.careers.export.ExportOptions(PdfFiles.TIMESTAMP.plusSeconds(86_400), "0.1.0",
                Map.of(), dev.careers.export.DiagnosticSink.IGNORE);
        var out = new java.io.ByteArrayOutputStream();
        try {
            new PdfExporter().export(sample, options, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(out.toByteArray()).isNotEqualTo(first);
    }
}
