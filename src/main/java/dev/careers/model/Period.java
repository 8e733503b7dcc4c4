package dev.careers.model;

/** What a salary amount pays for. */
public enum Period {
    YEAR,
    MONTH,
    WEEK,
    DAY,
    HOUR;

    /** The name used in JSON and in exports ("year"). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
