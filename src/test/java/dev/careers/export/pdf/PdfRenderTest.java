package dev.careers.export.pdf;

import dev.careers.export.DiagnosticSink;
import dev.careers.export.ExportOptions;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PdfRenderTest {
    @Test
    void rendersSample() throws Exception {
        Path dir = Path.of("target/pdf-test");
        Files.createDirectories(dir);
        var options = new ExportOptions(Instant.parse("2025-06-01T10:00:00Z"), "0.1.0", Map.of(),
                d -> System.err.println(d));
        try (OutputStream out = Files.newOutputStream(dir.resolve("sample.pdf"))) {
            new PdfExporter().export(SampleDocuments.metiersIa(), options, out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("english.pdf"))) {
            new PdfExporter().export(SampleDocuments.english(3), options, out);
        }
    }
}
