package dev.careers.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import dev.careers.model.Source;
import java.util.List;

/**
 * Writes the numbered references of a document on a new page; a reference with a link is
 * clickable and shows its address below it. One per export.
 */
final class SourcesSection {
    private final Document document;
    private final Blocks blocks;

    SourcesSection(Document document, Blocks blocks) {
        this.document = document;
        this.blocks = blocks;
    }

    /** Writes the sources under a heading that is also the given anchor. */
    void write(String heading, String anchor, List<Source> sources) {
        document.newPage();
        document.add(blocks.heading(heading, anchor));
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
        document.add(table);
    }

    private static void linkTo(Phrase phrase, String url) {
        for (var element : phrase.getChunks()) {
            ((Chunk) element).setAnchor(url);
        }
    }
}
