package dev.careers.model;

import java.util.Objects;

/**
 * One difficulty of a career. Immutable.
 *
 * @param title the bold lead-in ("Rigueur extrême"), or null
 * @param description the text after the lead-in
 * @param line 1-based line of the item
 */
public record Constraint(String title, String description, int line) {
    public Constraint {
        Objects.requireNonNull(description, "description must not be null");
    }
}
