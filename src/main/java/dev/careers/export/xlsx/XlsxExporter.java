package dev.careers.export.xlsx;

import dev.careers.export.ExportException;
import dev.careers.export.ExportOptions;
import dev.careers.export.Exporter;
import dev.careers.model.CareerDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes career documents as an Excel workbook ({@code .xlsx}) comparing their salaries: a
 * Comparison table of every salary band, an Overview per currency and period with formulas and a
 * range chart, the Details of each career, the Sources and, when there are any, the Diagnostics.
 * Sheet names and headers follow the document's language.
 *
 * <p>The workbook is written through Apache POI. This class names no POI type, so that a run
 * without xlsx never loads POI; {@link #prepare()} loads it on a spare core while the input is
 * read. Stateless and thread-safe. Two exports with the same {@link ExportOptions#timestamp()}
 * give identical bytes. The output stream is not closed.
 */
public final class XlsxExporter implements Exporter {

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public String description() {
        return "an Excel workbook comparing salaries, with formulas and charts";
    }

    /**
     * Loads and initialises POI (its classes, the XML schema types behind every part, the
     * formula parser, the chart classes) and the currency data of the default locale's language,
     * by writing a small workbook nobody sees: a few hundred milliseconds of a cold run, spent
     * while the inputs are read and the brochure is typeset.
     */
    @Override
    public void prepare() {
        WarmUp.run(Locale.getDefault().getLanguage());
    }

    @Override
    public void export(CareerDocument document, ExportOptions options, OutputStream out)
            throws IOException {
        Objects.requireNonNull(document, "document must not be null");
        write(List.of(document), false, options, out);
    }

    @Override
    public boolean supportsCombined() {
        return true;
    }

    @Override
    public void exportCombined(List<CareerDocument> documents, ExportOptions options, OutputStream out)
            throws IOException {
        Objects.requireNonNull(documents, "documents must not be null");
        write(documents, true, options, out);
    }

    private static void write(List<CareerDocument> documents, boolean combined, ExportOptions options,
            OutputStream out) throws IOException {
        Objects.requireNonNull(options, "options must not be null");
        Objects.requireNonNull(out, "out must not be null");
        WarmUp.awaitOrSkip();
        try {
            new WorkbookWriter(options).write(documents, combined, out);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // POI carries the stream's own error this way
        } catch (RuntimeException e) {
            // A bug of ours or of POI's (rows out of order, a bad formula): name the input.
            throw new ExportException("cannot write " + names(documents) + " as xlsx: " + e.getMessage(), e);
        }
    }

    private static String names(List<CareerDocument> documents) {
        return documents.stream().map(CareerDocument::source).reduce((a, b) -> a + ", " + b).orElse("no document");
    }
}
