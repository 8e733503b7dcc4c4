package dev.careers.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import dev.careers.model.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the numbered references of a document on a new page; a reference with a link is
 * clickable and shows its address below it. Tagged as a list: the number is an item's label, its
 * text (a Link when it has an address) the item's body. One per export.
 */
final class SourcesSection {
    private final PageFlow flow;
    private final Blocks blocks;

    SourcesSection(PageFlow flow, Blocks blocks) {
        this.flow = flow;
        this.blocks = blocks;
    }

    /** Writes the sources under a heading that is also the given anchor. */
    void write(String heading, String anchor, List<Source> sources, PdfStructureElement parent) {
        flow.newPage();
        Tagging tags = flow.tags();
        PdfStructureElement section = tags.add(parent, PdfName.SECT);
        flow.table(blocks.heading(heading, anchor), tags.add(section, PdfName.H2));
        Typesetter type = blocks.type();
        float[] widths = {6, 94};
        float textWidth = blocks.share(widths, 1);
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        int number = 0;
        for (Source source : sources) {
            table.addCell(blocks.plain(type.phrase(++number + ".", Style.BODY_BOLD)));
            Phrase text = type.phrase(source.text(), Style.BODY, textWidth);
            if (source.url() != null) {
                linkTo(text, source.url());
                Phrase url = type.phrase("\n" + source.url(), Style.URL, textWidth);
                linkTo(url, source.url());
                text.add(url);
            }
            var cell = blocks.plain(text);
            cell.setPaddingBottom(8);
            table.addCell(cell);
        }
        PdfStructureElement list = tags.add(section, PdfName.L);
        var items = new ArrayList<PdfStructureElement>();
        flow.table(table, (row, column, cell) -> {
            if (column == 0) {
                items.add(tags.add(list, PdfName.LI));
                return tags.add(items.get(row), PdfName.LBL);
            }
            PdfStructureElement body = tags.add(items.get(row), PdfName.LBODY);
            return sources.get(row).url() != null ? tags.add(body, PdfName.LINK) : body;
        });
        tags.release(section);
    }

    private static void linkTo(Phrase phrase, String url) {
        for (var element : phrase.getChunks()) {
            LinkAreas.mark((Chunk) element, url);
        }
    }
}
