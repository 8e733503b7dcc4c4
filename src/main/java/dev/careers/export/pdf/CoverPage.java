package dev.careers.export.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import dev.careers.export.internal.Labels;
import dev.careers.model.Career;
import dev.careers.model.CareerDocument;
import java.util.List;

/**
 * Writes the cover: a band in the primary colour with the title, the date and the logo, then the
 * introduction and the list of careers. One per export.
 */
final class CoverPage {
    /**
     * Up to this many careers (about a page) are listed by name on the cover. A larger brochure's
     * cover gives how many there are: a list of a thousand names would fill pages before the
     * contents, which list them again, with their pages.
     */
    static final int LISTED_ON_COVER = 30;
    private static final float BAND_HEIGHT = 190;
    private static final float PADDING = 26;
    /** The date's row: the empty line above it and its own, as when both were one text. */
    private static final float DATE_GAP = 13.75f;
    private static final float DATE_HEIGHT = 2 * 13.75f + PADDING;

    private final PageFlow flow;
    private final Blocks blocks;
    private final Labels labels;

    CoverPage(PageFlow flow, Blocks blocks, Labels labels) {
        this.flow = flow;
        this.blocks = blocks;
        this.labels = labels;
    }

    /**
     * Writes the cover.
     *
     * @param title the brochure title
     * @param date the publication date, already formatted
     * @param logo the logo, or null
     * @param documents the documents whose introductions and careers are listed
     */
    void write(String title, String date, Image logo, List<CareerDocument> documents, List<String> titles) {
        Tagging tags = flow.tags();
        PdfStructureElement root = tags.document();
        // The title is the brochure's only H1, the date under it a paragraph, the logo beside them a figure.
        PdfStructureElement heading = tags.add(root, PdfName.H1);
        PdfStructureElement published = tags.add(root, PdfName.P);
        PdfStructureElement[] figure = new PdfStructureElement[1];
        flow.table(band(title, date, logo), (row, column, cell) -> {
            if (column == 0) {
                return row == 0 ? heading : published;
            }
            if (figure[0] == null) {
                figure[0] = tags.figure(root, labels.get("logo"));
            }
            return figure[0];
        });
        Typesetter type = blocks.type();
        boolean combined = documents.size() > 1;
        for (int d = 0; d < documents.size(); d++) {
            CareerDocument source = documents.get(d);
            if (combined) {
                flow.table(blocks.heading(titles.get(d), null), tags.add(root, PdfName.H2));
            }
            for (String paragraph : source.introduction()) {
                flow.paragraph(type.paragraph(paragraph, Style.LEAD), root, PdfName.P);
            }
        }
        flow.table(blocks.heading(labels.get("careers"), null), tags.add(root, PdfName.H2));
        boolean listed = documents.stream().mapToInt(d -> d.careers().size()).sum() <= LISTED_ON_COVER;
        for (int d = 0; d < documents.size(); d++) {
            if (combined) {
                flow.paragraph(type.paragraph(titles.get(d), Style.SUBHEADING), root, PdfName.H3);
            }
            List<String> names = documents.get(d).careers().stream().map(Career::name).toList();
            if (!listed) {
                flow.paragraph(type.paragraph(labels.get("cover.career-count", names.size()), Style.LEAD), root,
                        PdfName.P);
            } else if (!names.isEmpty()) {
                flow.list(blocks.bullets(names, Style.LEAD), root);
            }
        }
        if (!listed) {
            flow.paragraph(type.paragraph(labels.get("cover.see-contents"), Style.BODY), root, PdfName.P);
        }
    }

    private PdfPTable band(String title, String date, Image logo) {
        Typesetter type = blocks.type();
        PdfPTable table = logo == null ? blocks.fullWidth(1) : new PdfPTable(new float[] {72, 28});
        table.setWidthPercentage(100);
        float width = (logo == null ? type.columnWidth() : blocks.share(new float[] {72, 28}, 0)) - 2 * PADDING;
        // Title and date in cells of their own, one above the other, so that each has its element.
        PdfPCell main = blocks.filled(type.palette().primary(), PADDING);
        main.setPhrase(type.phrase(title, Style.COVER_TITLE, width));
        main.setLeading(0, 1.25f);
        main.setPaddingBottom(0);
        main.setMinimumHeight(BAND_HEIGHT - DATE_HEIGHT);
        main.setVerticalAlignment(Element.ALIGN_BOTTOM);
        table.addCell(main);
        if (logo != null) {
            PdfPCell picture = blocks.filled(type.palette().primary(), PADDING);
            picture.setImage(logo);
            picture.setHorizontalAlignment(Element.ALIGN_RIGHT);
            picture.setVerticalAlignment(Element.ALIGN_TOP);
            picture.setPaddingBottom(0);
            table.addCell(picture);
        }
        PdfPCell dated = underlined(blocks.filled(type.palette().primary(), PADDING));
        dated.setPhrase(type.phrase(date, Style.COVER_SUBTITLE, width));
        dated.setLeading(0, 1.25f);
        dated.setPaddingTop(DATE_GAP);
        dated.setMinimumHeight(DATE_HEIGHT);
        dated.setVerticalAlignment(Element.ALIGN_BOTTOM);
        table.addCell(dated);
        if (logo != null) {
            table.addCell(underlined(blocks.filled(type.palette().primary(), PADDING))); // the band's foot under the logo
        }
        table.setSpacingAfter(24);
        return table;
    }

    private PdfPCell underlined(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderWidthBottom(6);
        cell.setBorderColorBottom(blocks.type().palette().accent());
        return cell;
    }
}
