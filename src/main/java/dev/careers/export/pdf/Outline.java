package dev.careers.export.pdf;

import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import java.text.Normalizer;

/** Adds bookmarks (the PDF outline) that jump to named destinations. One per export. */
final class Outline {
    private final PdfWriter writer;

    Outline(PdfWriter writer) {
        this.writer = writer;
    }

    /** The top level of the outline. */
    PdfOutline root() {
        return writer.getRootOutline();
    }

    /** Adds an entry under a parent (null: the top level), closed, jumping to a destination. */
    PdfOutline add(PdfOutline parent, String destination, String title) {
        String text = Normalizer.normalize(title, Normalizer.Form.NFC).strip();
        return new PdfOutline(parent == null ? root() : parent,
                PdfAction.gotoLocalPage(destination, false), text, false);
    }
}
