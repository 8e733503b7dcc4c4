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
     * The front-matter fields a reader of the page saw (its description, author, last update, tags);
     * its date is the cover's; the rest (layout, permalink, image paths) is the site's plumbing.
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
        source.frontMatter().forEach((key, value) -> {
            String label = SHOWN.get(key.toLowerCase(Locale.ROOT));
            if (label != null && !value.isBlank()) {
                fields.merge(label, value, (a, b) -> a + " · " + b);
            }
        });
        return fields;
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
                table.addCell(blocks.plain(type.phrase(labels.get(field.getKey()), Style.SMALL, blocks.share(widths, 0))));
                table.addCell(blocks.plain(type.phrase(field.getValue(), Style.SMALL, blocks.share(widths, 1))));
            }
            flow.dataTable(table, page, true);
        }
        tags.release(page);
    }
}
