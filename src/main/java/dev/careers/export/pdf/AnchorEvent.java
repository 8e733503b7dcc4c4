package dev.careers.export.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Marks where a heading cell lands: a named destination there (for links and the outline) and
 * its page in the {@link PageReferences} (for the table of contents).
 */
final class AnchorEvent implements PdfPCellEvent {
    private final String anchor;
    private final PageReferences references;

    AnchorEvent(String anchor, PageReferences references) {
        this.anchor = anchor;
        this.references = references;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte canvas = canvases[PdfPTable.TEXTCANVAS];
        canvas.localDestination(anchor, new PdfDestination(PdfDestination.XYZ, position.getLeft(),
                position.getTop() + 12, 0));
        references.reached(anchor, canvas.getPdfWriter().getPageNumber());
    }
}
