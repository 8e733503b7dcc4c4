package dev.careers.model;

import java.util.Objects;

/**
 * One item of a company-demand section. Immutable.
 *
 * @param label the lead-in as written ("Qui en a le plus besoin"), or null
 * @param role what the label says about who hires
 * @param text the text after the label
 * @param line 1-based line of the item
 */
public record Demand(String label, DemandRole role, String text, int line) {
    public Demand {
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(text, "text must not be null");
    }
}
