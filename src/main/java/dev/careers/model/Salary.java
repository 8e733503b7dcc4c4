package dev.careers.model;

import java.util.List;
import java.util.Objects;

/**
 * The salary section of a career. Immutable.
 *
 * @param heading the heading as written ("Salaire (Marché Européen/France)")
 * @param scope the heading's parenthesised part, or null
 * @param bands the bands in source order
 */
public record Salary(String heading, String scope, List<SalaryBand> bands) {
    public Salary {
        Objects.requireNonNull(heading, "heading must not be null");
        bands = List.copyOf(bands);
    }
}
