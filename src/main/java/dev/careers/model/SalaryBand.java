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
        int line) {

    public SalaryBand {
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
