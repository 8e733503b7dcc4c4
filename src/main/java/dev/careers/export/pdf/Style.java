package dev.careers.export.pdf;

/** The kinds of text a brochure sets, each with a face, a size and a colour role. */
enum Style {
    COVER_TITLE(true, 28f, Role.ON_PRIMARY),
    COVER_SUBTITLE(false, 11f, Role.ON_PRIMARY),
    CAREER_TITLE(true, 22f, Role.PRIMARY),
    KICKER(true, 8.5f, Role.ACCENT),
    HEADING(true, 13f, Role.PRIMARY),
    SUBHEADING(true, 10.5f, Role.TEXT),
    LEAD(false, 11.5f, Role.TEXT),
    BODY(false, 10f, Role.TEXT),
    BODY_BOLD(true, 10f, Role.TEXT),
    /** Cells of a table too wide for its words at the body size. */
    CELL(false, 8.5f, Role.TEXT),
    CELL_BOLD(true, 8.5f, Role.TEXT),
    AMOUNT(true, 10.5f, Role.PRIMARY),
    SMALL(false, 8.5f, Role.MUTED),
    URL(false, 8.5f, Role.ACCENT),
    TOC_ENTRY(false, 11f, Role.TEXT),
    TOC_NUMBER(true, 11f, Role.ACCENT),
    TOC_GROUP(true, 11f, Role.PRIMARY),
    RUNNING(false, 8f, Role.MUTED);

    /** Which theme colour a style takes. */
    enum Role {
        PRIMARY,
        ACCENT,
        TEXT,
        MUTED,
        ON_PRIMARY
    }

    final boolean bold;
    final float size;
    final Role role;

    Style(boolean bold, float size, Role role) {
        this.bold = bold;
        this.size = size;
        this.role = role;
    }

    /** The distance between baselines of this style's lines. */
    float leading() {
        return size * 1.35f;
    }
}
