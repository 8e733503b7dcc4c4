package dev.careers.export.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfStructureTreeRoot;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure tree of a tagged brochure (PDF/UA): makes its elements, marks what is drawn on
 * a page as the content of an element or as an artifact, and ties link annotations to their Link
 * element. Elements are made in reading order, which is the order they take in the tree. One per
 * export; used by the thread that writes the document.
 */
final class Tagging {
    static final PdfName TR = new PdfName("TR");
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName TABLE_OWNER = new PdfName("Table");
    // The properties of an artifact's marked content, the same for every one of a kind: made once
    // (written inline each time, never changed).
    private static final PdfDictionary PAGINATION = artifactProperties("Pagination");
    private static final PdfDictionary LAYOUT = artifactProperties("Layout");

    /** Which kind of artifact something drawn is. */
    enum Artifact {
        /** Running header and footer. */
        PAGINATION,
        /** Rules, bands and backgrounds. */
        LAYOUT
    }

    private final PdfWriter writer;
    private final PdfStructureTreeRoot root;
    private final PdfStructureElement document;
    // Links made while content is drawn, tied to its element once that content is marked.
    private final List<PdfAnnotation> pendingLinks = new ArrayList<>();
    // The properties of a marked-content sequence: OpenPDF puts its MCID in and writes it into the
    // content at once, so one dictionary serves every sequence (rather than one made for each).
    private final PdfDictionary markProperties = new PdfDictionary();
    // The attributes of a header cell (owner Table, scope Column or Row), shared by every TH of a
    // scope: a direct object, written inline with each cell.
    private final PdfDictionary columnHeader = headerAttributes("Column");
    private final PdfDictionary rowHeader = headerAttributes("Row");

    Tagging(PdfWriter writer) {
        this.writer = writer;
        this.root = writer.getStructureTreeRoot();
        this.document = new PdfStructureElement(root, PdfName.DOCUMENT);
    }

    /** The element of the whole brochure. */
    PdfStructureElement document() {
        return document;
    }

    /** A new element of a kind, the last kid of its parent. */
    PdfStructureElement add(PdfStructureElement parent, PdfName kind) {
        return new PdfStructureElement(parent, kind);
    }

    /** A figure with its alternate text, the last kid of its parent. */
    PdfStructureElement figure(PdfStructureElement parent, String alternateText) {
        PdfStructureElement figure = add(parent, PdfName.FIGURE);
        figure.put(PdfName.ALT, new PdfString(alternateText, PdfObject.TEXT_UNICODE));
        return figure;
    }

    /** A table header cell for its column ({@code column}) or its row. */
    PdfStructureElement headerCell(PdfStructureElement row, boolean column) {
        PdfStructureElement cell = add(row, PdfName.TH);
        cell.put(PdfName.A, column ? columnHeader : rowHeader);
        return cell;
    }

    private static PdfDictionary headerAttributes(String scope) {
        var attributes = new PdfDictionary();
        attributes.put(PdfName.O, TABLE_OWNER);
        attributes.put(SCOPE, new PdfName(scope));
        return attributes;
    }

    private static PdfDictionary artifactProperties(String type) {
        var properties = new PdfDictionary();
        properties.put(PdfName.TYPE, new PdfName(type));
        return properties;
    }

    /**
     * Writes an element whose content is all drawn, with the elements under it, into the file
     * now, and keeps only its reference: a brochure of 10,000 careers has some 600,000 elements,
     * which held until the end would fill the heap (and OpenPDF writes the tree only then).
     */
    void release(PdfStructureElement element) {
        write(element);
        PdfArray siblings = (PdfArray) element.getParent().get(PdfName.K);
        for (int i = siblings.size() - 1; i >= 0; i--) {
            if (siblings.getPdfObject(i) == element) {
                siblings.set(i, element.getReference());
                return;
            }
        }
        throw new IllegalStateException("a structure element is not among its parent's kids");
    }

    /**
     * Writes what is left of the tree, before the document is closed. The root then refers to
     * the document element alone, which OpenPDF's own writing of the tree leaves as it is.
     */
    void finish() {
        write(document);
        root.put(PdfName.K, document.getReference());
    }

    private void write(PdfStructureElement element) {
        if (element.get(PdfName.K) instanceof PdfArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getPdfObject(i) instanceof PdfStructureElement kid) {
                    write(kid);
                    kids.set(i, kid.getReference());
                }
            }
        }
        try {
            writer.addToBody(element, element.getReference());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the structure of the brochure", e);
        }
    }

    /**
     * Draws on a canvas as content of an element (a new marked-content sequence of it); the links
     * made while drawing belong to the element.
     */
    void mark(PdfContentByte canvas, PdfStructureElement element, Runnable drawing) {
        canvas.beginMarkedContentSequence(element, markProperties);
        drawing.run();
        canvas.endMarkedContentSequence();
        tie(element, takeLinks());
    }

    /** Draws on a canvas as content of an element, which the links made before belong to. */
    void mark(PdfContentByte canvas, PdfStructureElement element, Runnable drawing, List<PdfAnnotation> links) {
        canvas.beginMarkedContentSequence(element, markProperties);
        drawing.run();
        canvas.endMarkedContentSequence();
        tie(element, links);
    }

    /** The links made since the last call, for content drawn now and marked later. */
    List<PdfAnnotation> takeLinks() {
        if (pendingLinks.isEmpty()) {
            return List.of();
        }
        List<PdfAnnotation> links = List.copyOf(pendingLinks);
        pendingLinks.clear();
        return links;
    }

    /** Draws on a canvas what is no content of the document: decoration or pagination. */
    static void artifact(PdfContentByte canvas, Artifact kind, Runnable drawing) {
        canvas.beginMarkedContentSequence(ARTIFACT, kind == Artifact.PAGINATION ? PAGINATION : LAYOUT, true);
        drawing.run();
        canvas.endMarkedContentSequence();
    }

    /**
     * Adds to the current page a link over an area, described by its text, which belongs to the
     * Link element whose content is being drawn (tied to it when that content is marked).
     */
    void link(Rectangle area, PdfAction action, String description) {
        var annotation = new PdfAnnotation(writer, area.getLeft(), area.getBottom(), area.getRight(), area.getTop(),
                action);
        annotation.put(PdfName.CONTENTS, new PdfString(description, PdfObject.TEXT_UNICODE));
        annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
        writer.addAnnotation(annotation);
        pendingLinks.add(annotation);
    }

    // The object reference of each link goes into the element (after its marked content: OpenPDF
    // marks an element only while its first kid is marked content), and the element into the
    // parent tree under the annotation's StructParent key.
    private void tie(PdfStructureElement element, List<PdfAnnotation> links) {
        if (links.isEmpty()) {
            return;
        }
        PdfArray kids = kids(element);
        for (PdfAnnotation annotation : links) {
            annotation.put(PdfName.STRUCTPARENT, new PdfNumber(root.addExistingObject(element.getReference())));
            var reference = new PdfDictionary(PdfName.OBJR);
            reference.put(PdfName.OBJ, annotation.getIndirectReference());
            reference.put(PdfName.PG, writer.getCurrentPage());
            kids.add(reference);
        }
    }

    private static PdfArray kids(PdfStructureElement element) {
        PdfObject kids = element.get(PdfName.K);
        if (kids instanceof PdfArray array) {
            return array;
        }
        var array = new PdfArray();
        if (kids != null) {
            array.add(kids);
        }
        element.put(PdfName.K, array);
        return array;
    }
}
