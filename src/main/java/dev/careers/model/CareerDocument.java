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
 * @param introduction paragraphs between the title and the first career
 * @param careers careers in source order
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
        List<String> introduction,
        List<Career> careers,
        String sourcesHeading,
        List<Source> sources,
        List<Diagnostic> diagnostics) {

    /**
     * The JSON schema version written by this model. Version 2 adds to version 1 of the contract
     * the document's {@code logo} and {@code sourcesHeading} and each career's {@code headings} as
     * written, so that exporters can show the image and the author's own titles without reading
     * the Markdown.
     */
    public static final int SCHEMA_VERSION = 2;

    public CareerDocument {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(language, "language must not be null");
        introduction = List.copyOf(introduction);
        careers = List.copyOf(careers);
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
        return new CareerDocument(
                schemaVersion, source, title, logo, language, introduction, careers, sourcesHeading, sources, all);
    }

    /** Whether any diagnostic has the given severity. */
    public boolean has(Severity severity) {
        return diagnostics.stream().anyMatch(d -> d.severity() == severity);
    }
}
