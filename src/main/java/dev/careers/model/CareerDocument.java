package dev.careers.model;

import java.util.List;
import java.util.Objects;

/**
 * One Markdown file turned into careers: the root of the model. Immutable; safe to share across
 * threads.
 *
 * @param schemaVersion version of the JSON shape of this model, {@link #SCHEMA_VERSION}
 * @param source the input path as given ("-" for standard input)
 * @param title plain text of the level-1 heading, or null
 * @param logo path of a usable PNG or JPEG image named by the title heading, resolved against the
 *     source's folder (as a path a reader of this model can open), or null
 * @param language "fr" or "en"
 * @param frontMatter the page's front matter (YAML or TOML), top-level keys in source order, values
 *     as text; empty when it has none
 * @param layout what holds the careers: headings, bold-lines, lead-lines, list-items, table-rows, page,
 *     outline or none
 * @param introduction paragraphs between the title and the first career
 * @param careers careers in source order
 * @param sections sections of the page that belong to no career (a conclusion, an FAQ), in order
 * @param sourcesHeading the heading of the sources section as written ("Sources et liens utiles"),
 *     or null when the document has no sources section
 * @param sources references in source order
 * @param diagnostics problems found while reading the source, sorted by line then column
 */
public record CareerDocument(
        int schemaVersion,
        String source,
        String title,
        String logo,
        String language,
        java.util.Map<String, String> frontMatter,
        String layout,
        List<String> introduction,
        List<Career> careers,
        List<OtherSection> sections,
        String sourcesHeading,
        List<Source> sources,
        List<Diagnostic> diagnostics) {

    /**
     * The JSON schema version written by this model. Version 2 adds to version 1 of the contract
     * the document's {@code logo} and {@code sourcesHeading} and each career's {@code headings} as
     * written, so that exporters can show the image and the author's own titles without reading
     * the Markdown. Version 3 adds the page's {@code frontMatter}, its {@code layout} (what holds
     * its careers), the page's own {@code sections}, each career's {@code origin} and each band's
     * {@code origin}, for pages whose careers are not level-2 headings.
     */
    public static final int SCHEMA_VERSION = 5;

    /** How a page's careers may be laid out ("headings", "page"…), as reported in {@link #layout}. */
    public static final java.util.Set<String> LAYOUTS =
            java.util.Set.of("headings", "bold-lines", "lead-lines", "list-items", "table-rows", "page", "outline",
                    "none");

    /** A document of the shape of schema version 2: no front matter, careers from headings. */
    public CareerDocument(int schemaVersion, String source, String title, String logo, String language,
            List<String> introduction, List<Career> careers, String sourcesHeading, List<Source> sources,
            List<Diagnostic> diagnostics) {
        this(schemaVersion, source, title, logo, language, java.util.Map.of(), "outline", introduction,
                careers, List.of(), sourcesHeading, sources, diagnostics);
    }

    public CareerDocument {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(language, "language must not be null");
        if (!LAYOUTS.contains(layout)) {
            throw new IllegalArgumentException("layout '" + layout + "' must be one of " + LAYOUTS);
        }
        frontMatter = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(frontMatter));
        introduction = List.copyOf(introduction);
        careers = List.copyOf(careers);
        sections = List.copyOf(sections);
        sources = List.copyOf(sources);
        diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
    }

    /** The title, or the given fallback when the source has no level-1 heading. */
    public String titleOr(String fallback) {
        return title != null ? title : fallback;
    }

    /** This document with more diagnostics merged in (sorted as usual). */
    public CareerDocument withDiagnostics(List<Diagnostic> more) {
        if (more.isEmpty()) {
            return this;
        }
        var all = new java.util.ArrayList<>(diagnostics);
        all.addAll(more);
        return new CareerDocument(schemaVersion, source, title, logo, language, frontMatter, layout,
                introduction, careers, sections, sourcesHeading, sources, all);
    }

    /** Whether any diagnostic has the given severity. */
    public boolean has(Severity severity) {
        return diagnostics.stream().anyMatch(d -> d.severity() == severity);
    }
}
