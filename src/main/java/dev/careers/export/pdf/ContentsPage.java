package dev.careers.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.careers.export.internal.Labels;

/**
 * Writes the table of contents: one clickable row per entry with its page number, which is filled
 * in once the entry's page is known ({@link PageReferences}). One per export.
 *
 * <p>The rows are drawn on the page directly, not as a table: OpenPDF lays a table's cells out
 * twice (measured, then written), and a contents of 10,000 careers cost the document's thread a
 * second that way. A row is a number, a title (wrapped when it does not fit, the one case laid out
 * by OpenPDF) and the page number, over a rule; a row that does not fit goes to the next page.
 * The document does not know where the rows end, so what follows must start on a new page (the
 * careers and the sources do).
 */
final class ContentsPage {
    private static final float PADDING = 5;
    private static final float GROUP_PADDING_TOP = 12;
    private static final float RULE_WIDTH = 0.5f;
    /** The relative widths of the number, title and page columns. */
    private static final float[] COLUMNS = {7, 81, 12};

    private final PageFlow flow;
    private final Document document;
    private final PdfWriter writer;
    private final Blocks blocks;
    private final Tagging tags;
    private final PdfStructureElement toc;
    private final float left;
    private final float right;
    private final float titleLeft;
    private float top;

    ContentsPage(PageFlow flow, Blocks blocks, Labels labels) {
        this.flow = flow;
        this.document = flow.document();
        this.writer = flow.writer();
        this.blocks = blocks;
        this.tags = flow.tags();
        flow.newPage();
        flow.table(blocks.heading(labels.get("contents"), null), tags.add(tags.document(), PdfName.H2));
        this.toc = tags.add(tags.document(), PdfName.TOC);
        this.left = document.left();
        this.right = document.right();
        this.titleLeft = left + blocks.share(COLUMNS, 0);
        this.top = flow.y();
    }

    /** Ends the contents: their structure is complete. */
    void finish() {
        tags.release(toc);
    }

    /** Adds a group row, such as a document's title in a combined brochure. */
    void group(String title, String anchor) {
        row(null, title, Style.TOC_GROUP, left, anchor, GROUP_PADDING_TOP);
    }

    /** Adds an entry: a number (or null), a title, and the anchor it leads to. */
    void entry(String number, String title, String anchor) {
        row(number, title, Style.TOC_ENTRY, titleLeft, anchor, PADDING);
    }

    private void row(String number, String title, Style style, float textLeft, String anchor, float paddingTop) {
        Typesetter type = blocks.type();
        float textRight = right - blocks.share(COLUMNS, 2) - PADDING;
        Phrase text = type.phrase(title, style, textRight - textLeft);
        // The first baseline as far below the padding as the text is high: the rows stay compact.
        // The lines of a title that wraps are set at the style's leading.
        float firstLine = style.size;
        boolean oneLine = width(text) <= textRight - textLeft;
        float height = paddingTop + PADDING + firstLine
                + (oneLine ? 0 : wrappedHeight(text, style.leading(), textLeft, textRight) - style.leading());
        if (top - height < document.bottom()) {
            flow.newPage();
            top = document.top();
        }
        PdfContentByte canvas = writer.getDirectContent();
        float baseline = top - paddingTop - firstLine;
        float rowTop = top;
        float bottom = top - height;
        // An entry (TOCI) is a link: its number, title and page, and the annotation over the row.
        PdfStructureElement link = tags.add(tags.add(toc, PdfName.TOCI), PdfName.LINK);
        tags.mark(canvas, link, () -> {
            if (number != null) {
                show(canvas, type.phrase(number, Style.TOC_NUMBER), left, baseline);
            }
            if (oneLine) {
                show(canvas, text, textLeft, baseline);
            } else {
                // A column's first baseline is one leading below its top: the top is raised to match.
                var column = new ColumnText(canvas);
                column.setSimpleColumn(text, textLeft, bottom, textRight, baseline + style.leading(),
                        style.leading(), Element.ALIGN_LEFT);
                column.go();
            }
            if (anchor != null) {
                PageReferences references = blocks.references();
                PdfTemplate page = references.placeholder(canvas, anchor);
                canvas.addTemplate(page, right - PADDING - page.getWidth(), baseline - references.descent());
                tags.link(new Rectangle(left, bottom, right, rowTop), PdfAction.gotoLocalPage(anchor, false),
                        number == null ? title : number + " " + title);
            }
        });
        Tagging.artifact(canvas, Tagging.Artifact.LAYOUT, () -> {
            canvas.saveState();
            canvas.setColorStroke(type.palette().rule());
            canvas.setLineWidth(RULE_WIDTH);
            canvas.moveTo(left, bottom);
            canvas.lineTo(right, bottom);
            canvas.stroke();
            canvas.restoreState();
        });
        top = bottom;
        flow.moveTo(bottom);
    }

    // The height of the lines of a title that wraps, one leading each.
    private float wrappedHeight(Phrase text, float leading, float textLeft, float textRight) {
        var column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(new Phrase(text), textLeft, -1e6f, textRight, 0, leading, Element.ALIGN_LEFT);
        column.go(true);
        return -column.getYLine();
    }

    // One line of text, chunk after chunk, each in its own face and colour.
    private static void show(PdfContentByte canvas, Phrase phrase, float x, float baseline) {
        canvas.beginText();
        canvas.setTextMatrix(x, baseline);
        for (Element element : phrase.getChunks()) {
            Chunk chunk = (Chunk) element;
            canvas.setFontAndSize(chunk.getFont().getBaseFont(), chunk.getFont().getSize());
            canvas.setColorFill(chunk.getFont().getColor());
            canvas.showText(chunk.getContent());
        }
        canvas.endText();
    }

    private static float width(Phrase phrase) {
        float width = 0;
        for (Element element : phrase.getChunks()) {
            width += ((Chunk) element).getWidthPoint();
        }
        return width;
    }
}
