package dev.careers.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a salary section: a label and an amount or a range. Immutable.
 *
 * @param label the label as written, markers removed ("Junior (Post-Doc)")
 * @param level the level read from the label's first word
 * @param min lower amount in currency units, or null when no amount could be read
 * @param max upper amount in currency units, or null when no amount could be read
 * @param openEnded whether the upper amount ends with "+"
 * @param currency ISO 4217 code, or null when unknown
 * @param period what the amount is paid for
 * @param note trailing remark, or null
 * @param text the amount text exactly as written after the label
 * @param line 1-based line of the band
 * @param origin where the band was read: salary-section, heading, lead-in, table or prose
 */
public record SalaryBand(
        String label,
        Level level,
        BigDecimal min,
        BigDecimal max,
        boolean openEnded,
        String currency,
        Period period,
        String note,
        String text,
        int line,
        String origin) {

    /** Where bands come from: the salary section, a pay heading, a lead-in, a table cell, prose. */
    public static final java.util.Set<String> ORIGINS =
            java.util.Set.of("salary-section", "heading", "lead-in", "table", "prose", "front-matter");

    /** A band of a salary section (the shape of schema version 2). */
    public SalaryBand(String label, Level level, BigDecimal min, BigDecimal max, boolean openEnded,
            String currency, Period period, String note, String text, int line) {
        this(label, level, min, max, openEnded, currency, period, note, text, line, "salary-section");
    }

    public SalaryBand {
        if (!ORIGINS.contains(origin)) {
            throw new IllegalArgumentException("origin '" + origin + "' must be one of " + ORIGINS);
        }
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(level, "level must not be null");
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(text, "text must not be null");
        if ((min == null) != (max == null)) {
            throw new IllegalArgumentException("min and max must both be set or both be null");
        }
        if (min != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min + " must be <= max " + max);
        }
    }

    /** Whether an amount could be read. */
    public boolean hasAmount() {
        return min != null;
    }
}
