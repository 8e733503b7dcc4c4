package dev.careers.model;

/** What a company-demand label says: who needs the career, who needs it most, or neither. */
public enum DemandRole {
    NEEDS("needs"),
    NEEDS_MOST("needsMost"),
    OTHER("other");

    private final String id;

    DemandRole(String id) {
        this.id = id;
    }

    /** The name used in JSON ("needsMost"). */
    public String id() {
        return id;
    }
}
