package dev.careers.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfWriter;
import dev.careers.export.ExportException;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import dev.careers.export.Labels;

/**
 * Writes the table of contents: one clickable row per entry with its page number, which is filled
 * in once the entry's page is known ({@link PageReferences}). One per export.
 */
final class ContentsPage {
    private static final float PADDING = 5;

    private final Document document;
    private final PdfWriter writer;
    private final Blocks blocks;
    private static final float[] COLUMNS = {7, 81, 12};

    private final PdfPTable table = new PdfPTable(COLUMNS);

    ContentsPage(Document document, PdfWriter writer, Blocks blocks, Labels labels) {
        this.document = document;
        this.writer = writer;
        this.blocks = blocks;
        document.newPage();
        document.add(blocks.heading(labels.get("contents"), null));
        table.setWidthPercentage(100);
        table.setSplitLate(false);
    }

    /** Adds a group row, such as a document's title in a combined brochure. */
    void group(String title, String anchor) {
        PdfPCell cell = cell(anchor == null ? blocks.type().phrase(title, Style.TOC_GROUP)
                : link(title, Style.TOC_GROUP, anchor));
        cell.setColspan(2);
        cell.setPaddingTop(12);
        table.addCell(cell);
        table.addCell(pageCell(anchor, Style.TOC_GROUP, 12));
    }

    /** Adds an entry: a number (or null), a title, and the anchor it leads to. */
    void entry(String number, String title, String anchor) {
        Typesetter type = blocks.type();
        table.addCell(cell(type.phrase(number == null ? "" : number, Style.TOC_NUMBER)));
        table.addCell(cell(link(title, Style.TOC_ENTRY, anchor)));
        table.addCell(pageCell(anchor, Style.TOC_ENTRY, PADDING));
    }

    /** Writes the table to the document. */
    void finish() {
        document.add(table);
    }

    private Phrase link(String title, Style style, String anchor) {
        Phrase phrase = blocks.type().phrase(title, style, blocks.share(COLUMNS, 1) - PADDING);
        for (var element : phrase.getChunks()) {
            ((Chunk) element).setLocalGoto(anchor);
        }
        return phrase;
    }

    private PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(blocks.type().palette().rule());
        cell.setBorderWidth(0.5f);
        cell.setPadding(PADDING);
        cell.setPaddingLeft(0);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    // The number is a template, placed like an image in the text and filled when known.
    private PdfPCell pageCell(String anchor, Style style, float paddingTop) {
        Phrase phrase = blocks.type().phrase("", style);
        if (anchor != null) {
            PdfTemplate number = blocks.references().placeholder(writer.getDirectContent(), anchor);
            try {
                phrase.add(new Chunk(Image.getInstance(number), 0, -blocks.references().descent()));
            } catch (BadElementException e) {
                throw new ExportException("cannot place a page number in the contents", e);
            }
        }
        PdfPCell cell = cell(phrase);
        cell.setPaddingTop(paddingTop);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
