package dev.careers.export.pdf;

import dev.careers.export.ExportException;
import dev.careers.export.ExportOptions;
import dev.careers.export.Exporter;
import dev.careers.model.CareerDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes career documents as PDF brochures: a cover, a table of contents, one section per career
 * with a salary chart, and the sources, with bookmarks and embedded fonts. Several documents can
 * be combined into one brochure.
 *
 * <p>Settings: {@code page-size} ({@code A4} by default, or {@code Letter}) and {@code theme} (a
 * {@link Theme} file). Immutable and thread-safe: fonts are parsed once per process and shared;
 * everything else is created per export. A brochure of many careers is typeset on a second thread
 * while the calling thread writes it (same bytes). Does not close the stream it writes to.
 */
public final class PdfExporter implements Exporter {

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public String description() {
        return "PDF brochure: cover, contents, one section per career with a salary chart, sources";
    }

    /**
     * Parses the bundled fonts (shared by every brochure of the process) and loads the locale data
     * of the dates and amounts on a brochure: about 60 ms of a one-file run, done while its input
     * is read.
     */
    @Override
    public void prepare() {
        FontSet.of(Theme.defaults());
        BrochureWriter.prepareLocales();
        ArchiveMetadata.prepare();
    }

    @Override
    public void export(CareerDocument document, ExportOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document must not be null");
        write(List.of(document), options, out);
    }

    @Override
    public boolean supportsCombined() {
        return true;
    }

    @Override
    public void exportCombined(List<CareerDocument> documents, ExportOptions options, OutputStream out)
            throws IOException {
        Objects.requireNonNull(documents, "documents must not be null");
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("documents must not be empty");
        }
        write(documents, options, out);
    }

    private static void write(List<CareerDocument> documents, ExportOptions options, OutputStream out)
            throws IOException {
        Objects.requireNonNull(options, "options must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Theme theme = theme(options);
        new BrochureWriter(theme, FontSet.of(theme)).write(documents, options, out);
    }

    /** The theme file's theme (or the default), with the page-size setting laid over it. */
    static Theme theme(ExportOptions options) {
        Theme theme = options.setting(ExportOptions.THEME).map(Path::of).map(Theme::load)
                .orElseGet(Theme::defaults);
        String size = options.setting(ExportOptions.PAGE_SIZE).orElse(null);
        if (size == null) {
            return theme;
        }
        try {
            return theme.withPageSize(Theme.PageSizeName.parse(size));
        } catch (IllegalArgumentException e) {
            throw new ExportException("setting " + ExportOptions.PAGE_SIZE + "='" + size
                    + "' is not supported: use A4 or Letter", e);
        }
    }
}
