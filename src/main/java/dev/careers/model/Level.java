package dev.careers.model;

/** The seniority a salary band is for, read from the first word of its label. */
public enum Level {
    JUNIOR,
    MID,
    SENIOR,
    LEAD,
    FREELANCE,
    OTHER;

    /** The name used in JSON and in exports ("junior"). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
