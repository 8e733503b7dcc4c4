package dev.careers.export.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Page numbers that are known only once a page is laid out: the table of contents places an empty
 * template where a number goes, and the template is filled when the anchor it points to reaches a
 * page. So the brochure is written in one pass. Not thread-safe: one per export.
 */
final class PageReferences {
    private final BaseFont font;
    private final float size;
    private final Color colour;
    private final Map<String, List<PdfTemplate>> waiting = new HashMap<>();
    private final Map<String, Integer> pages = new HashMap<>();

    PageReferences(BaseFont font, float size, Color colour) {
        this.font = font;
        this.size = size;
        this.colour = colour;
    }

    /** The font size of the numbers. */
    float size() {
        return size;
    }

    /** How far below the baseline the numbers reach, as a positive distance. */
    float descent() {
        return -font.getFontDescriptor(BaseFont.DESCENT, size);
    }

    /** The width a placeholder needs: room for a four-digit page number. */
    float width() {
        return font.getWidthPoint("0000", size);
    }

    /** An empty template that will show the page of an anchor, right-aligned. */
    PdfTemplate placeholder(PdfContentByte canvas, String anchor) {
        PdfTemplate template = canvas.createTemplate(width(), size + descent());
        Integer page = pages.get(anchor);
        if (page != null) {
            fill(template, page);
        } else {
            waiting.computeIfAbsent(anchor, a -> new ArrayList<>()).add(template);
        }
        return template;
    }

    /** Records that an anchor was laid out on a page, filling its placeholders. */
    void reached(String anchor, int page) {
        if (pages.putIfAbsent(anchor, page) != null) {
            return;
        }
        List<PdfTemplate> templates = waiting.remove(anchor);
        if (templates != null) {
            templates.forEach(template -> fill(template, page));
        }
    }

    /** The page an anchor reached, or null. */
    Integer page(String anchor) {
        return pages.get(anchor);
    }

    private void fill(PdfTemplate template, int page) {
        template.beginText();
        template.setFontAndSize(font, size);
        template.setColorFill(colour);
        template.showTextAligned(Element.ALIGN_RIGHT, Integer.toString(page), template.getWidth(), descent(), 0);
        template.endText();
    }
}
