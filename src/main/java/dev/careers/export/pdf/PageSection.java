package dev.careers.export.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import dev.careers.export.internal.Labels;
import dev.careers.model.CareerDocument;
import dev.careers.model.OtherSection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes, on a new page after a document's careers, what the page says beside them: its own
 * sections (a conclusion, an FAQ) as written, then as small print what its front matter told its
 * readers (description, author, date, tags). One per export.
 */
final class PageSection {
    private final PageFlow flow;
    private final Blocks blocks;
    private final Labels labels;

    PageSection(PageFlow flow, Blocks blocks, Labels labels) {
        this.flow = flow;
        this.blocks = blocks;
        this.labels = labels;
    }

    /**
     * The front-matter fields a reader of the page saw, under labels of ours (its description,
     * author, last update, tags); its date is the cover's. Other fields in words (a job board's
     * "location", "closing_date") are shown under their own key; the site's plumbing (layout,
     * permalink, image paths, switches, numbers) is not.
     */
    private static final Map<String, String> SHOWN = Map.ofEntries(Map.entry("subtitle", "about.description"),
            Map.entry("description", "about.description"), Map.entry("summary", "about.description"),
            Map.entry("excerpt", "about.description"), Map.entry("author", "about.author"),
            Map.entry("authors", "about.author"), Map.entry("lastmod", "about.updated"),
            Map.entry("updated", "about.updated"), Map.entry("tags", "about.tags"), Map.entry("categories", "about.tags"),
            Map.entry("keywords", "about.tags"));

    /** Whether a document has anything for this page. */
    static boolean has(CareerDocument source) {
        return !source.sections().isEmpty() || !shown(source).isEmpty();
    }

    // The label key of each field shown, and its value(s), in the front matter's order.
    private static Map<String, String> shown(CareerDocument source) {
        Map<String, String> fields = new LinkedHashMap<>();
        // The site's title, when the brochure is titled otherwise (by the page's H1): its words are kept.
        String siteTitle = source.frontMatter().get("title");
        if (siteTitle != null && !siteTitle.isBlank() && !siteTitle.strip().equalsIgnoreCase(source.titleOr("").strip())) {
            fields.put("about.title", siteTitle.strip());
        }
        source.frontMatter().forEach((key, value) -> {
            String label = SHOWN.get(key.toLowerCase(Locale.ROOT));
            if (PLACEHOLDER.matcher(value.strip()).matches()) {
                return; // "author = None": nothing the page tells
            }
            if (label != null) {
                fields.merge(label, value, (a, b) -> a + " · " + b);
            } else if (label == null && isReadersField(key, value)) {
                fields.merge(asLabel(key), value, (a, b) -> a + " · " + b); // "organization", "closing_date"
            }
        });
        return fields;
    }

    // A job board's fields ("location = Colorado", "closing_date = October 5, 2023") are the advert's
    // own words; a site's plumbing (layouts, paths, switches, numbers, nested settings) is not.
    private static final Pattern PLUMBING_KEY = Pattern.compile("(?i)(?:layout|permalink|slug|url|uri|link|template|type|draft"
            + "|id|uuid|key|parent|order|weight|sort.*|menu|nav.*|eleventy.*|class|classes|css|js|style|script.*|image.*|img"
            + "|thumbnail.*|cover.*|banner.*|icon.*|header.*|featured.*|hero.*|og.*|twitter.*|redirect.*|alias.*|sitemap|robots"
            + "|markup|math.*|katex|toc.*|comments?|share|related|pinned|hidden|published|publish.*|date|lang|language|locale"
            + "|title|name|author_profile|read_time|excerpt_separator|post[-_]?color|color|colour|theme|wordpress_id|disqus.*|feed)");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)|none|null|nil|~|n/?a|-");
    private static final Pattern PROSE = Pattern.compile("\\p{L}{3}");

    private static boolean isReadersField(String key, String value) {
        String v = value.strip();
        return !PLUMBING_KEY.matcher(key).matches() && PROSE.matcher(v).find() && !v.startsWith("{") && !v.startsWith("[")
                && !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")
                && !v.matches("\\S*[/\\\\.]\\S*") && !v.contains("://");
    }

    // "closing_date" → "Closing date", "contractType" → "Contract type", "aa_degrees_required" →
    // "Degrees required" (a sorting prefix dropped): the page's own key, as words.
    private static String asLabel(String key) {
        String words = key.replaceFirst("^[a-z]{1,2}_(?=[a-z]{3})", "").replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ")
                .replaceAll("[_-]+", " ").strip().toLowerCase(Locale.ROOT);
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Writes a document's sections and front matter under a heading that is also the anchor. */
    void write(String heading, String anchor, CareerDocument source, PdfStructureElement parent) {
        flow.newPage();
        Tagging tags = flow.tags();
        PdfStructureElement page = tags.add(parent, PdfName.SECT);
        flow.table(blocks.heading(heading, anchor), tags.add(page, PdfName.H2));
        Typesetter type = blocks.type();
        for (OtherSection section : source.sections()) {
            flow.paragraph(type.paragraph(section.heading(), Style.SUBHEADING), page, PdfName.H3);
            blocks.contentOf(section).forEach(element -> flow.content(element, page));
        }
        Map<String, String> details = shown(source);
        if (!details.isEmpty()) {
            flow.paragraph(type.paragraph(labels.get("about.page.details"), Style.SUBHEADING), page, PdfName.H3);
            float[] widths = {25, 75};
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setSplitLate(false);
            for (Map.Entry<String, String> field : details.entrySet()) {
                // a label of ours ("about.author"), or the page's own key as a label ("Closing date")
                String label = field.getKey().startsWith("about.") ? labels.get(field.getKey()) : field.getKey();
                table.addCell(blocks.plain(type.phrase(label, Style.SMALL, blocks.share(widths, 0))));
                table.addCell(blocks.plain(type.phrase(field.getValue(), Style.SMALL, blocks.share(widths, 1))));
            }
            flow.dataTable(table, page, true);
        }
        tags.release(page);
    }
}
