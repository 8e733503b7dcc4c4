package dev.careers;

import dev.careers.export.ExportOptions;
import dev.careers.export.Exporter;
import dev.careers.export.Exporters;
import dev.careers.io.AtomicFile;
import dev.careers.model.CareerDocument;
import dev.careers.parse.CareerParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The careers engine as a library: parse a Markdown career page, export a document to a format.
 * The command line uses this same entry point.
 *
 * <pre>{@code
 * Careers careers = Careers.create();
 * CareerDocument doc = careers.parse(Path.of("input/metiers-ia.md"));
 * careers.exportTo(doc, "pdf", Path.of("output/metiers-ia.pdf"));
 * }</pre>
 *
 * <p>Immutable once built; safe to share across threads.
 */
public final class Careers {
    private final CareerParser parser;
    private final Exporters exporters;
    private final ExportOptions options;

    private Careers(CareerParser parser, Exporters exporters, ExportOptions options) {
        this.parser = Objects.requireNonNull(parser, "parser must not be null");
        this.exporters = Objects.requireNonNull(exporters, "exporters must not be null");
        this.options = Objects.requireNonNull(options, "options must not be null");
    }

    /** An engine with the default parser, the built-in exporters and default options. */
    public static Careers create() {
        return new Careers(CareerParser.create(), Exporters.builtIn(), ExportOptions.defaults(timestamp()));
    }

    /** An engine with the given parts. */
    public static Careers of(CareerParser parser, Exporters exporters, ExportOptions options) {
        return new Careers(parser, exporters, options);
    }

    /**
     * The timestamp outputs carry: {@code SOURCE_DATE_EPOCH} (seconds since 1970) when set, so
     * that two runs give identical files, else the current time to the second.
     *
     * @throws IllegalArgumentException when {@code SOURCE_DATE_EPOCH} is not a number
     */
    public static Instant timestamp() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return Instant.ofEpochSecond(Instant.now().getEpochSecond());
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "SOURCE_DATE_EPOCH '" + epoch + "' must be a number of seconds", e);
        }
    }

    public CareerParser parser() {
        return parser;
    }

    public Exporters exporters() {
        return exporters;
    }

    public ExportOptions options() {
        return options;
    }

    /** Parses a Markdown file; see {@link CareerParser#parse(Path)}. */
    public CareerDocument parse(Path file) {
        return parser.parse(file);
    }

    /** Parses Markdown text; {@code name} is what the document's {@code source} will say. */
    public CareerDocument parse(String markdown, String name) {
        return parser.parse(markdown, name, null);
    }

    /** Writes a document in a format to a stream, which is not closed. */
    public void export(CareerDocument document, String format, OutputStream out) throws IOException {
        exporters.get(format).export(document, options, out);
    }

    /**
     * Writes a document in a format to a file, atomically: the file appears complete or not at
     * all, and an existing file is replaced only when the export succeeded.
     */
    public AtomicFile.Written exportTo(CareerDocument document, String format, Path file) throws IOException {
        Exporter exporter = exporters.get(format);
        return AtomicFile.write(file, out -> exporter.export(document, options, out));
    }

    /** Writes several documents as one output (for {@code --combine}), atomically. */
    public AtomicFile.Written exportCombinedTo(List<CareerDocument> documents, String format, Path file)
            throws IOException {
        Exporter exporter = exporters.get(format);
        return AtomicFile.write(file, out -> exporter.exportCombined(documents, options, out));
    }
}
