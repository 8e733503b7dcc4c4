package dev.careers.model;

/** How serious a diagnostic is. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The name used in JSON and in messages ("warning"). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
