package dev.careers.model;

import java.util.List;
import java.util.Objects;

/**
 * One career: a level-2 heading and the sections under it. Immutable.
 *
 * @param name plain text of the heading
 * @param acronym all-caps word of 2–6 letters in the first parentheses of the name, or null
 * @param line 1-based line of the heading
 * @param summary paragraphs of the role section before its list, or null
 * @param responsibilities list items of the role section, nested items flattened in order
 * @param salary the salary section, or null
 * @param constraints the constraints section's items
 * @param environments work environments, split at top-level commas
 * @param demand company demand items
 * @param otherSections sections the parser does not recognise, or content that did not fit one
 * @param origin where the career was read from: heading, bold-line, lead-line, list-item, table-row,
 *     table-column or page
 * @param headings the career's sub-section headings as written, in source order
 */
public record Career(
        String name,
        String acronym,
        int line,
        String summary,
        List<String> responsibilities,
        Salary salary,
        List<Constraint> constraints,
        List<String> environments,
        List<Demand> demand,
        List<OtherSection> otherSections,
        List<SectionHeading> headings,
        String origin) {

    /** Where careers come from: a heading, a bold line, a list item, a table row, the page itself. */
    public static final java.util.Set<String> ORIGINS =
            java.util.Set.of("heading", "bold-line", "lead-line", "list-item", "table-row", "table-column", "page");

    /** A career read from a heading (the shape of schema version 2). */
    public Career(String name, String acronym, int line, String summary, List<String> responsibilities,
            Salary salary, List<Constraint> constraints, List<String> environments, List<Demand> demand,
            List<OtherSection> otherSections, List<SectionHeading> headings) {
        this(name, acronym, line, summary, responsibilities, salary, constraints, environments, demand,
                otherSections, headings, "heading");
    }

    public Career {
        if (!ORIGINS.contains(origin)) {
            throw new IllegalArgumentException("origin '" + origin + "' must be one of " + ORIGINS);
        }
        Objects.requireNonNull(name, "name must not be null");
        if (line < 1) {
            throw new IllegalArgumentException("line " + line + " must be >= 1");
        }
        responsibilities = List.copyOf(responsibilities);
        constraints = List.copyOf(constraints);
        environments = List.copyOf(environments);
        demand = List.copyOf(demand);
        otherSections = List.copyOf(otherSections);
        headings = List.copyOf(headings);
    }

    /** The first heading written for a section ("role", "constraints"…), if any. */
    public java.util.Optional<String> headingOf(String section) {
        return headings.stream().filter(h -> h.section().equals(section)).map(SectionHeading::heading).findFirst();
    }

    /** The salary bands, or an empty list when the career has no salary section. */
    public List<SalaryBand> bands() {
        return salary == null ? List.of() : salary.bands();
    }
}
