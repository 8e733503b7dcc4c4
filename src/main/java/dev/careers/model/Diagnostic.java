package dev.careers.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A problem found in a source file, with its position. Immutable.
 *
 * @param severity how serious it is
 * @param code a stable identifier such as {@code salary.reversed-range}
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param message one sentence a person understands
 */
public record Diagnostic(Severity severity, String code, int line, int column, String message) {

    /** Orders diagnostics by line, then column. */
    public static final Comparator<Diagnostic> BY_POSITION =
            Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(message, "message must not be null");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException(
                    "line " + line + " and column " + column + " must be >= 0");
        }
    }

    public static Diagnostic error(String code, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, code, line, column, message);
    }

    public static Diagnostic warning(String code, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, code, line, column, message);
    }

    public static Diagnostic info(String code, int line, int column, String message) {
        return new Diagnostic(Severity.INFO, code, line, column, message);
    }

    /** Compiler-style text: {@code file:line:col: warning: message [code]}. */
    public String format(String file) {
        var where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where + ": " + severity.id() + ": " + message + " [" + code + "]";
    }
}
