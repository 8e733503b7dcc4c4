package dev.careers.export.xlsx;

import dev.careers.export.ExportOptions;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class XlsxScratchTest {
    @Test
    void writesScratchFiles() throws Exception {
        Path dir = Path.of("target/xlsx-scratch");
        Files.createDirectories(dir);
        var options = ExportOptions.defaults(Instant.parse("2024-01-02T03:04:05Z"));
        try (OutputStream out = Files.newOutputStream(dir.resolve("mixed.xlsx"))) {
            new XlsxExporter().export(XlsxSamples.mixed(), options, out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("combined.xlsx"))) {
            new XlsxExporter().exportCombined(List.of(XlsxSamples.mixed(), XlsxSamples.english()), options, out);
        }
    }
}
