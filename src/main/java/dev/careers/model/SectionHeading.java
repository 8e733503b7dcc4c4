package dev.careers.model;

import java.util.Objects;

/**
 * A sub-section heading of a career as the author wrote it ("Rôle et Responsabilités",
 * "Challenges"), so that outputs can show the author's words rather than their own labels.
 * Immutable.
 *
 * @param section which section it opens: role, salary, constraints, environments, demand or other
 * @param heading the heading's plain text
 * @param line 1-based line of the heading
 */
public record SectionHeading(String section, String heading, int line) {
    public SectionHeading {
        Objects.requireNonNull(section, "section must not be null");
        Objects.requireNonNull(heading, "heading must not be null");
    }
}
