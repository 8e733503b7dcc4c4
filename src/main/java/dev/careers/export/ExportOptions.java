package dev.careers.export;

import dev.careers.export.internal.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an exporter is told besides the document. Immutable.
 *
 * @param timestamp the date to stamp on outputs (from {@code SOURCE_DATE_EPOCH} when set, so two
 *     runs give identical bytes)
 * @param toolVersion the careers version, for "creator" metadata
 * @param settings format-specific settings by name, such as {@code page-size} or {@code theme}
 * @param diagnostics where to report problems found while rendering
 */
public record ExportOptions(
        Instant timestamp, String toolVersion, Map<String, String> settings, DiagnosticSink diagnostics) {

    /** Setting: page size, "A4" or "Letter". */
    public static final String PAGE_SIZE = "page-size";

    /** Setting: path of a theme file. */
    public static final String THEME = "theme";

    public ExportOptions {
        Objects.requireNonNull(timestamp, "timestamp must not be null");
        Objects.requireNonNull(toolVersion, "toolVersion must not be null");
        settings = Map.copyOf(settings);
        Objects.requireNonNull(diagnostics, "diagnostics must not be null");
    }

    /** Options with no settings, the given timestamp, and diagnostics dropped. */
    public static ExportOptions defaults(Instant timestamp) {
        return new ExportOptions(timestamp, Version.current(), Map.of(), DiagnosticSink.IGNORE);
    }

    /** A setting's value, if set. */
    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    /** These options reporting to another sink. */
    public ExportOptions withDiagnostics(DiagnosticSink sink) {
        return new ExportOptions(timestamp, toolVersion, settings, sink);
    }
}
