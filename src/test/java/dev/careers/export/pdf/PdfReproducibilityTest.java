package dev.careers.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.model.CareerDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    @Test
    void concurrentExportsGiveTheBytesOfASingleExport() throws Exception {
        CareerDocument french = SampleDocuments.metiersIa();
        CareerDocument english = SampleDocuments.english(3);
        byte[] frenchAlone = PdfFiles.export(french, Map.of()).bytes();
        byte[] englishAlone = PdfFiles.export(english, Map.of()).bytes();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> frenchRuns = new ArrayList<>();
            List<Future<byte[]>> englishRuns = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                frenchRuns.add(pool.submit(() -> PdfFiles.export(french, Map.of()).bytes()));
                englishRuns.add(pool.submit(() -> PdfFiles.export(english, Map.of()).bytes()));
            }
            for (Future<byte[]> run : frenchRuns) {
                assertThat(run.get()).isEqualTo(frenchAlone);
            }
            for (Future<byte[]> run : englishRuns) {
                assertThat(run.get()).isEqualTo(englishAlone);
            }
        } finally {
            pool.shutdownNow();
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
