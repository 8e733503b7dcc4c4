package dev.careers.export;

import dev.careers.model.Diagnostic;

/**
 * Receives the problems an exporter finds while rendering a document. Implementations given to
 * exporters are thread-safe.
 */
@FunctionalInterface
public interface DiagnosticSink {

    /** A sink that drops everything, for callers that do not collect diagnostics. */
    DiagnosticSink IGNORE = diagnostic -> {};

    void report(Diagnostic diagnostic);
}
