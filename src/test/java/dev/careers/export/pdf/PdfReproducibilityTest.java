package dev.careers.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.export.DiagnosticSink;
import dev.careers.export.ExportOptions;
import dev.careers.model.CareerDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The same document and timestamp give the same bytes, whatever runs beside the export. */
class PdfReproducibilityTest {
    // A content stream line that shows text ("<0033…>Tj", "[…]TJ").
    private static final Pattern TEXT_SHOWN = Pattern.compile(".*(Tj|TJ)$");
    private static final Pattern PDF_DATE = Pattern.compile("\\(D:\\d{14}[^)]*\\)");
    private static final Pattern FILE_ID = Pattern.compile("<[0-9a-f]{32}>");
    private static final Pattern SUBSET_PREFIX = Pattern.compile("/[A-Z]{6}\\+");
    // The dates again in the XMP metadata (issue 16: PDF/A wants them there too).
    private static final Pattern XMP_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");

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

    // Issue 17: bytes that differ said nothing of what differs. Read both files uncompressed
    // (qpdf --qdf) and with pdftotext: only the dates, the file ID and what is seeded by it (the
    // subset font prefixes) may change, and the dates must be the new ones.
    @Test
    void anotherTimestampChangesTheDatesOnly() {
        CareerDocument sample = SampleDocuments.metiersIa();
        Instant later = PdfFiles.TIMESTAMP.plus(1, ChronoUnit.DAYS); // a date as long as the first
        Path first = PdfFiles.write("timestamp-first", export(sample, PdfFiles.TIMESTAMP));
        Path second = PdfFiles.write("timestamp-second", export(sample, later));
        List<String> before = PdfFiles.qdf(first).lines().toList();
        List<String> after = PdfFiles.qdf(second).lines().toList();

        assertThat(before).contains("  /CreationDate (D:20250601100000Z)", "  /ModDate (D:20250601100000Z)");
        assertThat(after).contains("  /CreationDate (D:20250602100000Z)", "  /ModDate (D:20250602100000Z)");
        assertThat(String.join("\n", after)).contains("<xmp:CreateDate>2025-06-02T10:00:00Z</xmp:CreateDate>",
                "<xmp:ModifyDate>2025-06-02T10:00:00Z</xmp:ModifyDate>");
        assertThat(after).as("objects of the two files").hasSameSizeAs(before);
        List<String> otherChanges = new ArrayList<>();
        List<String> textChanges = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            String was = before.get(i);
            String is = after.get(i);
            if (was.equals(is)) {
                continue;
            }
            if (TEXT_SHOWN.matcher(was).matches() && TEXT_SHOWN.matcher(is).matches()) {
                textChanges.add("line " + (i + 1) + ": " + was + " -> " + is);
            } else if (!masked(was).equals(masked(is))) {
                otherChanges.add("line " + (i + 1) + ": " + was + " -> " + is);
            }
        }
        assertThat(otherChanges).as("changes besides dates, file ID and subset prefixes").isEmpty();
        assertThat(textChanges).as("text drawn differently: the cover's date only").hasSize(1);
        // The text that changed is the cover's date, and nothing else of the text changed.
        String textBefore = PdfFiles.text(first);
        String textAfter = PdfFiles.text(second);
        assertThat(textBefore).contains("1 juin 2025");
        assertThat(textAfter).contains("2 juin 2025");
        assertThat(textAfter.replace("2 juin 2025", "<date>")).isEqualTo(textBefore.replace("1 juin 2025", "<date>"));
    }

    /** A line of qdf output with its dates (also XMP's), file IDs and font subset prefixes replaced by placeholders. */
    private static String masked(String line) {
        String result = PDF_DATE.matcher(line).replaceAll("(D:date)");
        result = XMP_DATE.matcher(result).replaceAll("<date>");
        result = FILE_ID.matcher(result).replaceAll("<id>");
        return SUBSET_PREFIX.matcher(result).replaceAll("/SUBSET+");
    }

    private static byte[] export(CareerDocument document, Instant timestamp) {
        var options = new ExportOptions(timestamp, "0.1.0", Map.of(), DiagnosticSink.IGNORE);
        var out = new ByteArrayOutputStream();
        try {
            new PdfExporter().export(document, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
