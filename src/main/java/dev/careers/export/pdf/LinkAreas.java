package dev.careers.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Makes the web links of the text: a chunk tagged with {@link #mark} becomes, where it is drawn,
 * a link to its address that belongs to the Link element whose content is being drawn. OpenPDF's
 * own chunk anchors make annotations that cannot be tied to the structure. One per export.
 */
final class LinkAreas extends PdfPageEventHelper {
    private final Tagging tags;

    LinkAreas(Tagging tags) {
        this.tags = tags;
    }

    /** Makes a chunk a link to an address. */
    static void mark(Chunk chunk, String url) {
        chunk.setGenericTag(url);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle area, String url) {
        tags.link(area, new PdfAction(url), url);
    }
}
