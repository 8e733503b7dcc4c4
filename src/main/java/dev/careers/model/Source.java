package dev.careers.model;

import java.util.Objects;

/**
 * One reference of the sources section. Immutable.
 *
 * @param text plain text, emphasis removed
 * @param url the first link target, or null
 * @param line 1-based line of the reference
 */
public record Source(String text, String url, int line) {
    public Source {
        Objects.requireNonNull(text, "text must not be null");
    }
}
