package dev.careers.export.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.careers.export.internal.Labels;
import java.text.MessageFormat;
import java.text.NumberFormat;

/**
 * Draws the running header (a brand band and the brochure title) and footer ("Page 3 / 12") on
 * every page but the cover. The page count is a template filled when the document closes, so the
 * brochure is written in one pass. One per export.
 */
final class PageDecorator extends PdfPageEventHelper {
    private static final String COUNT_MARK = "\uE000";

    private final Typesetter type;
    private final MessageFormat pageLabel;
    // What the label would make of a number argument, made once rather than on every page.
    private final NumberFormat pageNumbers;
    // The same on every page: typeset once.
    private final Phrase title;
    private PdfTemplate count;

    PageDecorator(Typesetter type, Labels labels, String title) {
        this.type = type;
        this.pageLabel = labels.formatter("page");
        this.pageNumbers = NumberFormat.getInstance(pageLabel.getLocale());
        this.title = type.phrase(title, Style.RUNNING);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        BaseFont font = type.fonts().regular();
        count = writer.getDirectContent().createTemplate(
                font.getWidthPoint("00000", Style.RUNNING.size), Style.RUNNING.size * 1.4f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        if (writer.getPageNumber() == 1) {
            return;
        }
        PdfContentByte canvas = writer.getDirectContent();
        // The running header and footer repeat on each page: no content for a reader.
        Tagging.artifact(canvas, Tagging.Artifact.PAGINATION, () -> decorate(canvas, writer, document));
    }

    private void decorate(PdfContentByte canvas, PdfWriter writer, Document document) {
        Rectangle page = document.getPageSize();
        canvas.saveState();
        canvas.setColorFill(type.palette().primary());
        canvas.rectangle(0, page.getHeight() - 8, page.getWidth(), 8);
        canvas.fill();
        canvas.setColorStroke(type.palette().rule());
        canvas.setLineWidth(0.5f);
        float headerLine = page.getHeight() - document.topMargin() + 14;
        canvas.moveTo(document.left(), headerLine);
        canvas.lineTo(document.right(), headerLine);
        float footerLine = document.bottomMargin() - 22;
        canvas.moveTo(document.left(), footerLine);
        canvas.lineTo(document.right(), footerLine);
        canvas.stroke();
        canvas.restoreState();

        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, title, document.left(), headerLine + 5, 0);
        footer(canvas, document, writer.getPageNumber(), footerLine - 12);
    }

    // "Page 3 / " is text; the count after it is a template filled at close.
    private void footer(PdfContentByte canvas, Document document, int pageNumber, float y) {
        String[] parts = pageLabel.format(new Object[] {pageNumbers.format(pageNumber), COUNT_MARK}).split(COUNT_MARK, -1);
        BaseFont font = type.fonts().regular();
        float size = Style.RUNNING.size;
        float suffixWidth = font.getWidthPoint(parts[1], size);
        float countX = document.right() - suffixWidth - count.getWidth();
        Phrase prefix = type.phrase(parts[0], Style.RUNNING);
        float space = parts[0].endsWith(" ") ? font.getWidthPoint(" ", size) : 0;
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, prefix, countX - space, y, 0);
        canvas.addTemplate(count, countX, y - descent());
        if (!parts[1].isEmpty()) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, type.phrase(parts[1], Style.RUNNING),
                    document.right(), y, 0);
        }
    }

    // How far below the baseline glyphs reach, as a positive distance.
    private float descent() {
        return -type.fonts().regular().getFontDescriptor(BaseFont.DESCENT, Style.RUNNING.size);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int pages = writer.getPageNumber() - 1;
        count.beginText();
        count.setFontAndSize(type.fonts().regular(), Style.RUNNING.size);
        count.setColorFill(type.palette().muted());
        count.showTextAligned(Element.ALIGN_LEFT, Integer.toString(pages), 0, descent(), 0);
        count.endText();
    }
}
