package dev.careers.export.pdf;

import dev.careers.export.DiagnosticSink;
import dev.careers.export.ExportOptions;
import dev.careers.model.CareerDocument;
import dev.careers.model.Diagnostic;
import dev.careers.testing.ExternalTool;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Exports documents to PDF files under {@code target/pdf-tests} and reads them back with poppler and qpdf. */
final class PdfFiles {
    static final Instant TIMESTAMP = Instant.parse("2025-06-01T10:00:00Z");
    static final Path FOLDER = Path.of("target", "pdf-tests");

    private PdfFiles() {}

    /** What an export wrote and reported. */
    record Output(byte[] bytes, List<Diagnostic> diagnostics) {}

    static Output export(CareerDocument document, Map<String, String> settings) {
        return export(List.of(document), settings, false);
    }

    static Output exportCombined(List<CareerDocument> documents) {
        return export(documents, Map.of(), true);
    }

    static Output exportCombined(List<CareerDocument> documents, Map<String, String> settings) {
        return export(documents, settings, true);
    }

    private static Output export(List<CareerDocument> documents, Map<String, String> settings, boolean combined) {
        var diagnostics = new CopyOnWriteArrayList<Diagnostic>();
        DiagnosticSink sink = diagnostics::add;
        var options = new ExportOptions(TIMESTAMP, "0.1.0", settings, sink);
        var out = new ByteArrayOutputStream();
        try {
            if (combined) {
                new PdfExporter().exportCombined(documents, options, out);
            } else {
                new PdfExporter().export(documents.get(0), options, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Output(out.toByteArray(), List.copyOf(diagnostics));
    }

    /** Writes bytes to {@code target/pdf-tests/<name>.pdf} and returns the path. */
    static Path write(String name, byte[] bytes) {
        try {
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(name + ".pdf");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a PDF as pdftotext reads it. */
    static String text(Path pdf) {
        ExternalTool.require("pdftotext");
        return ExternalTool.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").stdout();
    }

    /** The value of one field of pdfinfo ("Page size"). */
    static String info(Path pdf, String field) {
        ExternalTool.require("pdfinfo");
        return ExternalTool.run("pdfinfo", pdf.toString()).stdout().lines()
                .filter(line -> line.startsWith(field + ":"))
                .map(line -> line.substring(field.length() + 1).strip())
                .findFirst().orElseThrow(() -> new AssertionError("pdfinfo shows no " + field + " for " + pdf));
    }

    /** The PDF with its objects uncompressed, as text, to look for dictionary keys. */
    static String qdf(Path pdf) {
        ExternalTool.require("qpdf");
        Path out = pdf.resolveSibling(pdf.getFileName() + ".qdf");
        ExternalTool.run("qpdf", "--qdf", "--object-streams=disable", pdf.toString(), out.toString());
        try {
            return new String(Files.readAllBytes(out), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
