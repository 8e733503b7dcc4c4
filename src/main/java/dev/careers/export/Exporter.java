package dev.careers.export;

import dev.careers.model.CareerDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes career documents in one output format. This is the stable public SPI of careers:
 * built-in formats and third-party plugins implement it the same way.
 *
 * <p>An implementation is found with {@link java.util.ServiceLoader}: list its fully qualified
 * class name in {@code META-INF/services/dev.careers.export.Exporter} and give it a public no-arg
 * constructor. It must be stateless or immutable, because one instance serves every document of
 * a run, from several threads at once. The constructor must be cheap: load heavy libraries only in
 * {@link #export}, so that asking for another format does not pay for them.
 *
 * <p>An exporter receives the model (never the Markdown), the {@link ExportOptions} (settings,
 * timestamp, tool version) and a {@link DiagnosticSink} for problems it finds while rendering
 * (such as a character no font can show). It writes to the stream it is given and must not close
 * it; the caller writes to a temporary file and moves it into place only when {@code export}
 * returns normally, so an exporter that throws never leaves a partial file. It must not print to
 * standard output or standard error.
 */
public interface Exporter {

    /** The format name users type after {@code -f}, lower case ("pdf"). */
    String format();

    /** The file name extension of the output, without the dot ("pdf"). */
    String extension();

    /** One line saying what the format holds, shown by {@code careers formats}. */
    String description();

    /**
     * Readies what the first export will need and every export shares (such as parsed fonts), so
     * that a caller can do it on another thread while it reads its inputs. Optional: an export
     * does the same when it was not called. Must be thread-safe, and must not throw: anything that
     * fails here fails again in the export, which reports it.
     */
    default void prepare() {}

    /** Whether the output is binary (refused on a terminal). Text formats return false. */
    default boolean binary() {
        return true;
    }

    /**
     * Writes one document.
     *
     * @param document the document to write
     * @param options settings, timestamp and the diagnostics sink
     * @param out where to write; not closed by this method
     * @throws IOException when writing fails
     * @throws ExportException when the document cannot be rendered in this format
     */
    void export(CareerDocument document, ExportOptions options, OutputStream out)
            throws IOException;

    /** Whether {@link #exportCombined} is supported (for {@code --combine}). */
    default boolean supportsCombined() {
        return false;
    }

    /**
     * Writes several documents as one output, such as one workbook comparing the careers of all
     * inputs.
     *
     * @throws UnsupportedOperationException when {@link #supportsCombined()} is false
     */
    default void exportCombined(
            List<CareerDocument> documents, ExportOptions options, OutputStream out)
            throws IOException {
        throw new UnsupportedOperationException(format() + " cannot combine documents");
    }
}
