package dev.careers.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the blocks of a brochure down the text column of its pages, starting a page when one is
 * full, and tags what it draws: the content of each block is marked as the content of its
 * structure element, rules and backgrounds as artifacts. OpenPDF tags nothing that goes through
 * {@code Document.add}, so every block is drawn here on the page's direct content: paragraphs
 * and list items with a {@link ColumnText}, tables row by row and cell by cell with the rows and
 * cells OpenPDF lays out (the same spacing, splitting and repeated headers as {@code Document.add}
 * gives them). One per export, on the thread that writes the document.
 */
final class PageFlow {
    /** The structure element a table cell's content belongs to, or null for an artifact. */
    interface CellRoles {
        PdfStructureElement of(int row, int column, PdfPCell cell);
    }

    private static final java.util.regex.Pattern SPACE_AFTER_NEWLINE = java.util.regex.Pattern.compile("\n (?=.)",
            java.util.regex.Pattern.DOTALL);

    private final Document document;
    private final PdfWriter writer;
    private final Tagging tags;
    // What the cells of a table draw on a page, in OpenPDF's order: every background, every
    // border, then each cell's text and images (kept apart, each is its own element's content:
    // one after the other in one canvas, each cell's part of it remembered).
    private final PdfContentByte[] cellCanvases = new PdfContentByte[4];
    private final PdfContentByte backgrounds;
    private final PdfContentByte borders;
    private final PdfContentByte cellText;
    private final List<CellText> cellTexts = new ArrayList<>();
    private float y;
    // The leading of the last text placed: Document.add checks that a line of that height still
    // fits before the next text.
    private float openLine;
    // Whether nothing was placed on the page since it began: spacing before a block is dropped there.
    private boolean pageEmpty = true;

    /**
     * What a cell drew as its content (from {@code start} to {@code end} in the cells' text canvas),
     * the element it belongs to (null: an artifact), its links.
     */
    private record CellText(int start, int end, PdfStructureElement element, List<PdfAnnotation> links) {}

    PageFlow(Document document, PdfWriter writer, Tagging tags) {
        this.document = document;
        this.writer = writer;
        this.tags = tags;
        PdfContentByte canvas = writer.getDirectContent();
        this.backgrounds = canvas.getDuplicate();
        this.borders = canvas.getDuplicate();
        this.cellText = canvas.getDuplicate();
        cellCanvases[PdfPTable.BASECANVAS] = borders; // cells draw nothing there; table events would
        cellCanvases[PdfPTable.BACKGROUNDCANVAS] = backgrounds;
        cellCanvases[PdfPTable.LINECANVAS] = borders;
        cellCanvases[PdfPTable.TEXTCANVAS] = cellText;
        this.y = document.top();
    }

    Tagging tags() {
        return tags;
    }

    Document document() {
        return document;
    }

    PdfWriter writer() {
        return writer;
    }

    /** Where the next block starts, from the bottom of the page. */
    float y() {
        return y;
    }

    /** Continues below a point that something drawn directly on the page reached. */
    void moveTo(float newY) {
        y = newY;
        pageEmpty = false;
    }

    /** Starts a new page (when the current one has anything on it). */
    void newPage() {
        document.newPage();
        y = document.top();
        pageEmpty = true;
    }

    /**
     * A block of body content made ready to be drawn by {@link #content(Ready, PdfStructureElement)}:
     * what does not depend on the page (each list item's text apart from its bullet, the spaces
     * dropped after line breaks) is done when it is made, on the thread that composes the block,
     * not on the one that writes the document. Drawn once.
     */
    static final class Ready {
        private final Element element;
        // A list's items: the text of each and its bullet.
        private final List<Paragraph> bodies;
        private final List<Phrase> symbols;

        private Ready(Element element, List<Paragraph> bodies, List<Phrase> symbols) {
            this.element = element;
            this.bodies = bodies;
            this.symbols = symbols;
        }
    }

    /**
     * Makes a paragraph, a bulleted list or a data table ready to be drawn; may run on any thread,
     * and changes the paragraph's chunks (a block is drawn once).
     */
    static Ready ready(Element element) {
        if (element instanceof Paragraph paragraph) {
            return new Ready(withoutSpaceAfterNewlines(paragraph), null, null);
        }
        if (element instanceof com.lowagie.text.List list) {
            var bodies = new ArrayList<Paragraph>(list.getItems().size());
            var symbols = new ArrayList<Phrase>(list.getItems().size());
            for (Element entry : list.getItems()) {
                ListItem item = (ListItem) entry;
                // The item's text alone: ColumnText would draw the bullet inside the same content.
                var body = new Paragraph(item);
                body.setIndentationLeft(item.getIndentationLeft());
                body.setIndentationRight(item.getIndentationRight());
                body.setSpacingBefore(item.getSpacingBefore());
                body.setSpacingAfter(item.getSpacingAfter());
                body.setAlignment(item.getAlignment());
                bodies.add(withoutSpaceAfterNewlines(body));
                symbols.add(new Phrase(item.getListSymbol()));
            }
            return new Ready(list, bodies, symbols);
        }
        if (element instanceof PdfPTable) {
            return new Ready(element, null, null);
        }
        throw new IllegalArgumentException("no tagging for a block of type " + element.getClass().getName());
    }

    /** Body content under a parent: a paragraph (P), a bulleted list (L) or a data table (Table). */
    void content(Element element, PdfStructureElement parent) {
        content(ready(element), parent);
    }

    /** Body content made ready under a parent: a paragraph (P), a bulleted list (L) or a data table (Table). */
    void content(Ready content, PdfStructureElement parent) {
        if (content.element instanceof Paragraph paragraph) {
            text(paragraph, tags.add(parent, PdfName.P), true, null);
        } else if (content.element instanceof com.lowagie.text.List list) {
            list(list, content.bodies, content.symbols, parent);
        } else {
            dataTable((PdfPTable) content.element, parent, false);
        }
    }

    /** A paragraph as a new element of a kind (P, H3...) under a parent. */
    void paragraph(Paragraph paragraph, PdfStructureElement parent, PdfName kind) {
        text(withoutSpaceAfterNewlines(paragraph), tags.add(parent, kind), true, null);
    }

    /** A bulleted list as an L element under a parent: LI, Lbl (the bullet) and LBody per item. */
    void list(com.lowagie.text.List list, PdfStructureElement parent) {
        content(ready(list), parent);
    }

    private void list(com.lowagie.text.List list, List<Paragraph> bodies, List<Phrase> symbols,
            PdfStructureElement parent) {
        PdfStructureElement element = tags.add(parent, PdfName.L);
        float bulletLeft = document.left() + list.getIndentationLeft();
        for (int i = 0; i < bodies.size(); i++) {
            PdfStructureElement listItem = tags.add(element, PdfName.LI);
            PdfStructureElement label = tags.add(listItem, PdfName.LBL);
            Phrase symbol = symbols.get(i);
            text(bodies.get(i), tags.add(listItem, PdfName.LBODY), false, firstBaseline -> tags.mark(canvas(), label,
                    () -> bullet(symbol, bulletLeft, firstBaseline)));
        }
        // Document.add ends a list with the check that two more lines fit.
        if (!pageEmpty && y - 2 * openLine <= document.bottom()) {
            newPage();
        }
    }

    // A list item's bullet, left-aligned at a point of its first baseline: what ColumnText's
    // showTextAligned draws for a bullet of one chunk in one font and colour, without laying the
    // bullet out as a column of text each time (some 130,000 bullets in 10,000 careers).
    private void bullet(Phrase symbol, float x, float baseline) {
        PdfContentByte canvas = canvas();
        Chunk chunk = symbol.size() == 1 && symbol.get(0) instanceof Chunk only ? only : null;
        Font font = chunk == null ? null : chunk.getFont();
        if (chunk == null || chunk.hasAttributes() || font.getBaseFont() == null || font.getColor() == null) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, symbol, x, baseline, 0);
            return;
        }
        // showTextAligned's column runs from 2 points above the baseline down one leading of 2.
        float top = baseline + 2;
        canvas.saveState();
        canvas.beginText();
        canvas.setTextMatrix(x, top - 2);
        canvas.setFontAndSize(font.getBaseFont(), font.getSize());
        canvas.setColorFill(font.getColor());
        canvas.showText(chunk.getContent());
        canvas.resetRGBColorFill();
        canvas.endText();
        canvas.restoreState();
    }

    /** What to draw beside the first line of a text, given its baseline. */
    private interface FirstLine {
        void draw(float baseline);
    }

    // A paragraph or a list item's text down the column, across pages as needed, as the content
    // of an element, where Document.add puts it (so the pages break where they did): the first
    // baseline one leading below the top, and the page ends where its line-by-line checks end it.
    private void text(Paragraph paragraph, PdfStructureElement element, boolean isParagraph, FirstLine firstLine) {
        if (!pageEmpty) {
            y -= paragraph.getSpacingBefore();
        }
        float leading = paragraph.getTotalLeading();
        // The line left open by what came before, then this text's first line, must fit; a
        // paragraph also wants room for two of its lines (no orphan).
        if (!pageEmpty && (y - openLine - leading <= document.bottom()
                || isParagraph && y - 2 * leading < document.bottom())) {
            newPage();
        }
        var column = new ColumnText(canvas());
        column.addElement(paragraph);
        boolean first = true;
        while (true) {
            column.setSimpleColumn(document.left(), document.bottom(), document.right(), y);
            float top = y;
            int[] status = new int[1];
            tags.mark(canvas(), element, () -> status[0] = column.go());
            boolean wrote = column.getLinesWritten() > 0;
            if (wrote) {
                pageEmpty = false;
                y = column.getYLine();
                if (first && firstLine != null) {
                    firstLine.draw(top - leading);
                }
                first = false;
            }
            if (!ColumnText.hasMoreText(status[0])) {
                break;
            }
            if (!wrote && pageEmpty) {
                // Not one line fits an empty page: OpenPDF would loop; what is left is dropped.
                return;
            }
            newPage();
        }
        openLine = leading;
        float spacing = paragraph.getSpacingAfter();
        float lastBaseline = column.getYLine() + spacing;
        // Document.add ends the page under a paragraph with less than two of its lines of room
        // below (a list item: one), or when its spacing leaves no room for one more line.
        if (lastBaseline - (isParagraph ? 2 : 1) * leading <= document.bottom()) {
            newPage();
        } else {
            y = lastBaseline - spacing;
            if (spacing > 0 && y - spacing - leading <= document.bottom()) {
                newPage();
            }
        }
    }

    // Document.add drops the first space of a line that follows a line break inside a chunk
    // (not one the chunk ends with), which ColumnText keeps: indented lines (code) start where they did.
    private static Paragraph withoutSpaceAfterNewlines(Paragraph paragraph) {
        for (int i = 0; i < paragraph.size(); i++) {
            if (paragraph.get(i) instanceof Chunk chunk && chunk.getContent().contains("\n ")) {
                String content = SPACE_AFTER_NEWLINE.matcher(chunk.getContent()).replaceAll("\n");
                var trimmed = new Chunk(content, chunk.getFont());
                if (chunk.hasAttributes()) {
                    trimmed.setChunkAttributes(new java.util.HashMap<>(chunk.getChunkAttributes()));
                }
                paragraph.set(i, trimmed);
            }
        }
        return paragraph;
    }

    /** A table whose cells all belong to one element, such as a heading over a rule. */
    void table(PdfPTable table, PdfStructureElement element) {
        table(table, (row, column, cell) -> hasContent(cell) ? element : null);
    }

    /**
     * A data table under a parent: Table, a TR per row, TH for the header rows' cells (scope
     * column) or, when {@code rowHeaders}, for each row's first cell (scope row), else TD.
     */
    void dataTable(PdfPTable table, PdfStructureElement parent, boolean rowHeaders) {
        PdfStructureElement element = tags.add(parent, PdfName.TABLE);
        int headerRows = table.getHeaderRows();
        PdfStructureElement[] current = new PdfStructureElement[1];
        int[] currentRow = {-1};
        table(table, (row, column, cell) -> {
            if (row != currentRow[0]) {
                current[0] = tags.add(element, Tagging.TR);
                currentRow[0] = row;
            }
            if (row < headerRows) {
                return tags.headerCell(current[0], true);
            }
            return rowHeaders && column == 0 ? tags.headerCell(current[0], false) : tags.add(current[0], PdfName.TD);
        });
    }

    /**
     * A table, row by row down the column, as {@code Document.add} would place it: the spacing
     * before it (but at the top of a page), a table kept together starts a page rather than
     * split, rows split at the foot of a page unless the table splits late, the header rows
     * repeated on each page (as artifacts: their content is read once). The two parts of a split
     * row are the content of the same elements.
     */
    void table(PdfPTable table, CellRoles roles) {
        if (table.size() <= table.getHeaderRows()) {
            return; // as OpenPDF: a table of its header alone is not drawn
        }
        if (!table.isLockedWidth()) {
            table.setTotalWidth((document.right() - document.left()) * table.getWidthPercentage() / 100f);
        }
        if (table.getKeepTogether() && !pageEmpty && table.getTotalHeight() > y - document.bottom()) {
            newPage();
        }
        if (!pageEmpty) {
            y -= table.spacingBefore();
        }
        int headerRows = table.getHeaderRows();
        var rows = new TableRows(roles, table.getRows().size());
        // Whether the page holds nothing but the header rows repeated: a row goes no further.
        boolean headersOnly = false;
        for (int r = 0; r < table.getRows().size(); r++) {
            boolean body = r >= headerRows;
            boolean top = pageEmpty || headersOnly;
            boolean fits = y - table.getRowHeight(r) >= document.bottom()
                    // the header rows start a page rather than stand alone at the foot of one
                    && (body || top || y - headerHeightAndFirstRow(table) >= document.bottom());
            if (fits) {
                drawRow(table, r, rows);
                headersOnly = false;
                continue;
            }
            flushCells();
            boolean split = body && (!table.isSplitLate() || top);
            PdfPRow rest = split ? table.getRow(r).splitRow(table, r, y - document.bottom()) : null;
            if (rest != null) {
                table.getRows().add(r + 1, rest);
                rows.split(r);
                drawRow(table, r, rows);
                flushCells();
            } else if (top) {
                drawRow(table, r, rows); // taller than a page and not splittable: it overflows
                flushCells();
                headersOnly = false;
                continue;
            } else {
                r--; // again on the next page
            }
            newPage();
            if (body) {
                for (int h = 0; h < headerRows; h++) {
                    drawRow(table, h, null);
                }
                headersOnly = headerRows > 0;
            }
        }
        flushCells();
        y -= table.spacingAfter();
    }

    private static float headerHeightAndFirstRow(PdfPTable table) {
        int headerRows = table.getHeaderRows();
        return table.getHeaderHeight() + (table.size() > headerRows ? table.getRowHeight(headerRows) : 0);
    }

    // The elements of a table's cells, asked of its roles once per row of the table as made (the
    // parts of a split row share them).
    private static final class TableRows {
        private final CellRoles roles;
        private final int rowCount;
        // For each row of the table now, the row it was made as; null while no row was split
        // (each row is the row it was made as, the case of nearly every table).
        private List<Integer> made;
        private int cachedRow = -1;
        private PdfStructureElement[] cached;

        TableRows(CellRoles roles, int rowCount) {
            this.roles = roles;
            this.rowCount = rowCount;
        }

        /** Row {@code row} was split in two: the new row after it is the same row. */
        void split(int row) {
            if (made == null) {
                made = new ArrayList<>(rowCount + 1);
                for (int r = 0; r < rowCount; r++) {
                    made.add(r);
                }
            }
            made.add(row + 1, made.get(row));
        }

        PdfStructureElement of(int row, int column, PdfPCell cell, int columns) {
            int original = made == null ? row : made.get(row);
            if (original != cachedRow) {
                cachedRow = original;
                cached = new PdfStructureElement[columns];
            }
            if (cached[column] == null) {
                cached[column] = roles.of(original, column, cell);
            }
            return cached[column];
        }
    }

    // One row at the current height, kept until the table's part on the page is complete (all
    // artifacts when rows is null).
    private void drawRow(PdfPTable table, int r, TableRows rows) {
        PdfPRow row = table.getRow(r);
        PdfPCell[] cells = row.getCells();
        float left = document.left();
        for (int c = 0; c < cells.length; c++) {
            PdfPCell cell = cells[c];
            if (cell == null) {
                continue;
            }
            int start = cellText.getInternalBuffer().size();
            row.writeCells(c, c + cell.getColspan(), left + cell.getLeft(), y, cellCanvases);
            PdfStructureElement element = rows == null || rows.roles == null ? null : rows.of(r, c, cell, cells.length);
            var links = tags.takeLinks();
            if (cellText.getInternalBuffer().size() > start) {
                cellTexts.add(new CellText(start, cellText.getInternalBuffer().size(), element, links));
            }
        }
        y -= row.getMaxHeights();
        pageEmpty = false;
    }

    // Draws the cells kept: backgrounds and borders as artifacts, then each cell's content.
    private void flushCells() {
        PdfContentByte canvas = canvas();
        if (isUsed(backgrounds) || isUsed(borders)) {
            Tagging.artifact(canvas, Tagging.Artifact.LAYOUT, () -> {
                canvas.add(backgrounds);
                canvas.add(borders);
            });
            backgrounds.reset();
            borders.reset();
        }
        byte[] text = cellText.getInternalBuffer().getBuffer();
        for (CellText cell : cellTexts) {
            Runnable content = () -> canvas.getInternalBuffer().append(text, cell.start(), cell.end() - cell.start());
            if (cell.element() != null) {
                tags.mark(canvas, cell.element(), content, cell.links());
            } else {
                Tagging.artifact(canvas, Tagging.Artifact.LAYOUT, content);
            }
        }
        cellTexts.clear();
        cellText.getInternalBuffer().reset();
    }

    private static boolean isUsed(PdfContentByte canvas) {
        return canvas.getInternalBuffer().size() > 0;
    }

    /** Whether a cell shows something: text, an image, or what its event draws. */
    static boolean hasContent(PdfPCell cell) {
        if (cell.getImage() != null || cell.getCellEvent() != null) {
            return true;
        }
        Phrase phrase = cell.getPhrase();
        if (phrase == null) {
            return false;
        }
        // Chunk by chunk (the phrase's content is their text joined), stopping at the first word.
        for (Element element : phrase) {
            if (!(element instanceof Chunk chunk)) {
                return !phrase.getContent().isBlank();
            }
            if (!chunk.getContent().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private PdfContentByte canvas() {
        return writer.getDirectContent();
    }
}
