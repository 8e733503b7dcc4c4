package dev.careers.batch;

import dev.careers.model.Diagnostic;
import dev.careers.model.Severity;
import java.util.List;
import java.util.Objects;

/**
 * What happened to one input of a run. Immutable.
 *
 * @param input the input's name
 * @param status how it went
 * @param outputs the files written
 * @param careers how many careers the document holds (0 when it could not be read)
 * @param diagnostics the parser's and exporters' diagnostics
 * @param errors messages of what failed (reading, an exporter, writing), empty when nothing did
 * @param millis time taken
 */
public record FileResult(
        String input,
        Status status,
        List<Output> outputs,
        int careers,
        List<Diagnostic> diagnostics,
        List<String> errors,
        long millis) {

    /** How an input went. */
    public enum Status {
        /** Exported, no error (warnings allowed unless strict). */
        OK,
        /** Not (fully) exported or had errors: the run exits 1. */
        FAILED,
        /** Not attempted because the run stopped early (--fail-fast). */
        SKIPPED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One file written; {@code sha256} is null unless the run computed digests. */
    public record Output(String path, String format, long bytes, String sha256) {}

    public FileResult {
        Objects.requireNonNull(input, "input must not be null");
        Objects.requireNonNull(status, "status must not be null");
        outputs = List.copyOf(outputs);
        diagnostics = List.copyOf(diagnostics);
        errors = List.copyOf(errors);
    }

    /** How many diagnostics have the given severity. */
    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
