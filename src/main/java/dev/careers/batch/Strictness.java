package dev.careers.batch;

import dev.careers.model.Diagnostic;
import dev.careers.model.Severity;
import java.util.Collection;

/**
 * When an input fails because of what was found in it: when it has an error, or, under
 * {@code --strict}, also a warning. The one place this rule is written: a batch, an export to
 * standard output and {@code careers check} all ask it.
 */
public enum Strictness {
    /** Errors fail an input; warnings do not. */
    LENIENT,
    /** Errors and warnings fail an input. */
    STRICT;

    /** {@link #STRICT} when {@code strict}, else {@link #LENIENT}. */
    public static Strictness of(boolean strict) {
        return strict ? STRICT : LENIENT;
    }

    /** Whether an input with these diagnostics fails. */
    public boolean fails(Collection<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR || (this == STRICT && d.severity() == Severity.WARNING)) {
                return true;
            }
        }
        return false;
    }
}
