package dev.careers.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;

/**
 * Builds the recurring blocks of a brochure: headings with an anchor, bullet lists, data tables,
 * spacers. One per export, over its {@link Typesetter}.
 */
final class Blocks {
    /** The room of a bullet, before its item's text. */
    private static final float BULLET_WIDTH = 14;

    private final Typesetter type;
    private final PageReferences references;

    Blocks(Typesetter type, PageReferences references) {
        this.type = type;
        this.references = references;
    }

    Typesetter type() {
        return type;
    }

    PageReferences references() {
        return references;
    }

    /** A section heading over an accent rule; {@code anchor} may be null. */
    PdfPTable heading(String text, String anchor) {
        PdfPCell cell = new PdfPCell(type.phrase(text, Style.HEADING));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(type.palette().accent());
        cell.setBorderWidth(1.2f);
        cell.setPaddingLeft(0);
        cell.setPaddingBottom(5);
        if (anchor != null) {
            cell.setCellEvent(new AnchorEvent(anchor, references));
        }
        PdfPTable table = fullWidth(1);
        table.addCell(cell);
        table.setSpacingBefore(14);
        table.setSpacingAfter(7);
        table.setKeepTogether(true);
        return table;
    }

    /**
     * A bulleted list, the bullet hanging before each item; long items break across pages. A list
     * rather than a two-column table: laid out once, where a table is measured, then laid out
     * again as it is written (10,000 careers: about 0.4 s less for the document's thread).
     */
    com.lowagie.text.List bullets(List<String> items, Style style) {
        var list = new com.lowagie.text.List(false, BULLET_WIDTH);
        list.setListSymbol(new Chunk("\u2022", type.font(Style.BODY_BOLD, type.palette().accent())));
        for (int i = 0; i < items.size(); i++) {
            var item = new ListItem(type.phrase(items.get(i), style, type.columnWidth() - BULLET_WIDTH));
            item.setSpacingAfter(i == items.size() - 1 ? 6 : 0);
            list.add(item);
        }
        return list;
    }

    /** The content of a section kept as written (paragraphs, items, table rows), without its heading. */
    List<Element> contentOf(dev.careers.model.OtherSection section) {
        List<Element> elements = new java.util.ArrayList<>();
        section.paragraphs().forEach(p -> elements.add(type.paragraph(p, Style.BODY)));
        if (!section.items().isEmpty()) {
            elements.add(bullets(section.items(), Style.BODY));
        }
        if (!section.rows().isEmpty()) {
            elements.add(table(section.rows()));
        }
        return elements;
    }

    /** A data table: the first row is the header, shaded; short rows are padded. */
    PdfPTable table(List<List<String>> rows) {
        int columns = Math.max(rows.stream().mapToInt(List::size).max().orElse(1), 1);
        // A table whose longest words do not fit side by side at the body size is set smaller.
        float[] widths = columnWidths(rows, columns, Style.BODY, Style.BODY_BOLD);
        boolean small = sum(widths) > type.columnWidth() + 0.5f; // they fill it exactly when the words fit
        Style body = small ? Style.CELL : Style.BODY;
        Style bold = small ? Style.CELL_BOLD : Style.BODY_BOLD;
        if (small) {
            widths = columnWidths(rows, columns, body, bold);
        }
        PdfPTable table = fullWidth(columns);
        table.setWidths(widths);
        // A table of its header alone is not drawn by OpenPDF when the header repeats on each page.
        table.setHeaderRows(rows.size() > 1 ? 1 : 0);
        table.setSplitLate(false);
        boolean header = true;
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                String text = c < row.size() ? row.get(c) : "";
                // The typesetter breaks words longer than the width less its slack: here the cell
                // keeps only CELL_ROOM free, as its column was measured for its longest word.
                PdfPCell cell = new PdfPCell(type.phrase(text, header ? bold : body,
                        share(widths, c) - 2 * CELL_PADDING - CELL_ROOM + Typesetter.SLACK));
                cell.setPadding(CELL_PADDING);
                cell.setBorderColor(type.palette().rule());
                cell.setBorderWidth(0.5f);
                if (header) {
                    cell.setBackgroundColor(type.palette().panel());
                }
                table.addCell(cell);
            }
            header = false;
        }
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        return table;
    }

    private static final float CELL_PADDING = 5;
    /** Room kept free beside a cell's longest word, for rounding. */
    private static final float CELL_ROOM = 3;

    /**
     * Relative column widths: each column at least as wide as its longest word, so that no word
     * is broken in the middle ("Spiegazion" / "e" in a seven-column table); the room left shared
     * by how much text each column holds. When the words alone need more than the width, they
     * share it in their proportions.
     */
    private float[] columnWidths(List<List<String>> rows, int columns, Style body, Style bold) {
        float[] longest = new float[columns];
        float[] text = new float[columns];
        boolean header = true;
        for (List<String> row : rows) {
            Style style = header ? bold : body;
            com.lowagie.text.pdf.BaseFont font = type.font(style).getBaseFont();
            for (int c = 0; c < row.size() && c < columns; c++) {
                String cell = row.get(c);
                for (String word : cell.split("\\s+")) {
                    longest[c] = Math.max(longest[c], font.getWidthPoint(word, style.size));
                }
                text[c] += font.getWidthPoint(cell, style.size);
            }
            header = false;
        }
        float needed = 0;
        float written = 0;
        for (int c = 0; c < columns; c++) {
            longest[c] += 2 * CELL_PADDING + CELL_ROOM;
            needed += longest[c];
            written += text[c];
        }
        float spare = type.columnWidth() - needed;
        if (spare <= 0) {
            return longest;
        }
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = longest[c] + (written > 0 ? spare * text[c] / written : spare / columns);
        }
        return widths;
    }

    /** The width in points of one column of a full-width table with the given relative widths. */
    float share(float[] widths, int column) {
        return type.columnWidth() * widths[column] / sum(widths);
    }

    private static float sum(float[] widths) {
        float total = 0;
        for (float width : widths) {
            total += width;
        }
        return total;
    }

    /** A table spanning the text width. */
    PdfPTable fullWidth(int columns) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        return table;
    }

    /** A cell with no border, tight padding, and the given content. */
    PdfPCell plain(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(3);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    /** A cell with a background colour and padding. */
    PdfPCell filled(Color background, float padding) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setBackgroundColor(background);
        cell.setPadding(padding);
        return cell;
    }

    /** Empty vertical space. */
    Paragraph space(float points) {
        Paragraph paragraph = new Paragraph(points, "\u00A0", type.font(Style.BODY));
        paragraph.setSpacingAfter(0);
        return paragraph;
    }
}
