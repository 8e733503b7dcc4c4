package dev.careers.export.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;
import dev.careers.export.Labels;
import dev.careers.model.CareerDocument;
import dev.careers.model.OtherSection;
import java.util.Map;

/**
 * Writes, on a new page after a document's careers, what the page says beside them: its own
 * sections (a conclusion, an FAQ) as written, then its front matter as small print, so that the
 * brochure shows every word of the source without printing metadata as body text. One per export.
 */
final class PageSection {
    private final Document document;
    private final Blocks blocks;
    private final Labels labels;

    PageSection(Document document, Blocks blocks, Labels labels) {
        this.document = document;
        this.blocks = blocks;
        this.labels = labels;
    }

    /** Whether a document has anything for this page. */
    static boolean has(CareerDocument source) {
        return !source.sections().isEmpty() || !source.frontMatter().isEmpty();
    }

    /** Writes a document's sections and front matter under a heading that is also the anchor. */
    void write(String heading, String anchor, CareerDocument source) {
        document.newPage();
        document.add(blocks.heading(heading, anchor));
        Typesetter type = blocks.type();
        for (OtherSection section : source.sections()) {
            document.add(type.paragraph(section.heading(), Style.SUBHEADING));
            blocks.contentOf(section).forEach(document::add);
        }
        if (!source.frontMatter().isEmpty()) {
            document.add(type.paragraph(labels.get("about.page.details"), Style.SUBHEADING));
            float[] widths = {25, 75};
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setSplitLate(false);
            for (Map.Entry<String, String> field : source.frontMatter().entrySet()) {
                table.addCell(blocks.plain(type.phrase(field.getKey(), Style.SMALL, blocks.share(widths, 0))));
                table.addCell(blocks.plain(type.phrase(field.getValue(), Style.SMALL, blocks.share(widths, 1))));
            }
            document.add(table);
        }
    }
}
