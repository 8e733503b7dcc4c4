package dev.careers.export.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import dev.careers.export.internal.Labels;
import dev.careers.model.Career;
import dev.careers.model.Constraint;
import dev.careers.model.Demand;
import dev.careers.model.OtherSection;
import dev.careers.model.SectionHeading;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one career, starting on a new page: its title, summary, responsibilities, salary panel,
 * constraints, work environments, company demand and every other section the model kept, with an
 * outline entry for the career and one beneath it for each section. A career is first composed
 * into blocks, then written: the two steps may run on different threads. One per export.
 */
final class CareerSection {
    private final PageFlow flow;
    private final Blocks blocks;
    private final Labels labels;
    private final SalaryPanel salaries;
    private final Outline outline;
    private final MessageFormat kickerLabel;
    // What the label would make of its number arguments, made once rather than for every career.
    private final NumberFormat kickerNumbers;

    CareerSection(PageFlow flow, Blocks blocks, Labels labels, SalaryPanel salaries, Outline outline) {
        this.flow = flow;
        this.blocks = blocks;
        this.labels = labels;
        this.salaries = salaries;
        this.outline = outline;
        this.kickerLabel = labels.formatter("career.number");
        this.kickerNumbers = NumberFormat.getInstance(kickerLabel.getLocale());
    }

    /**
     * Typesets a career into the blocks of its section, ready to be written. Does not touch the
     * document, so it may run on another thread than {@link #write}, one call at a time: tables
     * get their widths and row heights here, which is half of the cost of laying them out.
     *
     * @param anchor the name of its destination, also the prefix of its sections' destinations
     * @param number its 1-based position, shown above the title with the count
     */
    Composed compose(Career career, String anchor, int number, int count) {
        var parts = new ArrayList<Block>();
        parts.add(new Block(sized(title(career, anchor, number, count)), Kind.TITLE, anchor, career.name(), null, null));
        Typesetter type = blocks.type();
        var sections = new Sections(anchor, parts);
        // Under the author's role heading when there is one, as in the source; else a lead paragraph.
        boolean roleWritten = career.headingOf("role").isPresent();
        if (career.summary() != null && !roleWritten) {
            Paragraph summary = type.paragraph(career.summary(), Style.LEAD);
            summary.setSpacingAfter(8);
            sections.add(summary);
        }
        if (roleWritten || !career.responsibilities().isEmpty()) {
            sections.heading(heading(career, "role", labels.get("responsibilities")));
            if (roleWritten && career.summary() != null) {
                Paragraph summary = type.paragraph(career.summary(), Style.BODY);
                summary.setSpacingAfter(4);
                sections.add(summary);
            }
            if (!career.responsibilities().isEmpty()) {
                sections.add(blocks.bullets(career.responsibilities(), Style.BODY));
            }
        }
        if (career.salary() != null) {
            // As written ("Salaire (Marché Européen/France)"): it carries the scope.
            sections.heading(heading(career, "salary", career.salary().heading()));
            if (!career.bands().isEmpty()) {
                parts.add(new Block(sized(salaries.of(career)), Kind.SALARY_PANEL, null, null,
                        salaries.describe(career), null));
            }
        }
        if (!career.constraints().isEmpty()) {
            sections.heading(heading(career, "constraints", labels.get("constraints")));
            career.constraints().forEach(c -> sections.add(constraint(c)));
        }
        if (!career.environments().isEmpty()) {
            sections.heading(heading(career, "environments", labels.get("environments")));
            sections.add(blocks.bullets(career.environments(), Style.BODY));
        }
        if (!career.demand().isEmpty()) {
            sections.heading(heading(career, "demand", labels.get("demand")));
            career.demand().forEach(d -> sections.add(demand(d)));
        }
        // A heading the author wrote over no text of its own ("# Environnement" followed at once by
        // "## Les collègues") is shown where it stood among the other sections: every word is on the page.
        var bare = new ArrayList<>(career.headings().stream()
                .filter(h -> h.section().equals("constraints") && career.constraints().isEmpty()
                        || h.section().equals("environments") && career.environments().isEmpty()
                        || h.section().equals("demand") && career.demand().isEmpty())
                .toList());
        for (OtherSection other : career.otherSections()) {
            while (!bare.isEmpty() && bare.get(0).line() < other.line()) {
                sections.heading(bare.remove(0).heading());
            }
            sections.heading(other.heading());
            blocks.contentOf(other).forEach(sections::add);
        }
        bare.forEach(h -> sections.heading(h.heading()));
        return new Composed(List.copyOf(parts));
    }

    /**
     * Writes a composed career on a new page, with an outline entry for the career (under
     * {@code parent}, or at the top level when null) and one beneath it for each section.
     */
    void write(Composed career, PdfOutline parent, PdfStructureElement parentElement) {
        flow.newPage();
        Tagging tags = flow.tags();
        PdfStructureElement section = tags.add(parentElement, PdfName.SECT);
        PdfOutline entry = null;
        for (Block block : career.blocks()) {
            switch (block.kind()) {
                case TITLE -> flow.table((PdfPTable) block.element(), tags.add(section, PdfName.H2));
                case HEADING -> flow.table((PdfPTable) block.element(), tags.add(section, PdfName.H3));
                case SALARY_PANEL -> flow.table((PdfPTable) block.element(),
                        salaries.roles(tags, section, block.alternateText()));
                case CONTENT -> flow.content(block.content(), section);
            }
            if (block.destination() != null) {
                PdfOutline added = outline.add(entry == null ? parent : entry, block.destination(), block.bookmark());
                entry = entry == null ? added : entry;
            }
        }
        tags.release(section);
    }

    /** A career typeset, in the order its blocks are written. */
    record Composed(List<Block> blocks) {}

    /**
     * An element of a career's section, of a kind that says how it is tagged; the title and section
     * headings carry the destination their outline entry leads to (the first one is the career's
     * entry, the others go beneath). A salary panel carries the alternate text of its chart. Content
     * carries itself made ready to be drawn ({@code content}, null for the other kinds).
     */
    record Block(Element element, Kind kind, String destination, String bookmark, String alternateText,
            PageFlow.Ready content) {}

    /** What a block is to the structure of the brochure. */
    enum Kind {
        /** The career's title: its H2. */
        TITLE,
        /** A section's heading: an H3. */
        HEADING,
        /** The salary panel, whose bars and axes are one figure. */
        SALARY_PANEL,
        /** A paragraph, list or table. */
        CONTENT
    }

    // The author's own headings ("Missions", "Challenges"); several of one kind are joined, since
    // the brochure gathers their content under one heading. The label only when none was written.
    private static String heading(Career career, String section, String label) {
        List<String> written = career.headings().stream().filter(h -> h.section().equals(section))
                .map(SectionHeading::heading).distinct().toList();
        return written.isEmpty() ? label : String.join(" · ", written);
    }

    private PdfPTable title(Career career, String anchor, int number, int count) {
        Typesetter type = blocks.type();
        String kicker = kickerLabel.format(new Object[] {kickerNumbers.format(number), kickerNumbers.format(count)})
                .toUpperCase(labels.locale());
        if (career.acronym() != null) {
            kicker += "  \u00B7  " + career.acronym();
        }
        Phrase phrase = type.phrase(kicker, Style.KICKER);
        type.append(phrase, "\n", Style.KICKER);
        type.append(phrase, career.name(), Style.CAREER_TITLE, type.columnWidth() - 16);
        PdfPCell cell = new PdfPCell(phrase);
        cell.setLeading(0, 1.3f);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(4);
        cell.setBorderColorLeft(type.palette().accent());
        cell.setPaddingLeft(12);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(6);
        cell.setCellEvent(new AnchorEvent(anchor, blocks.references()));
        PdfPTable table = blocks.fullWidth(1);
        table.addCell(cell);
        table.setSpacingAfter(14);
        return table;
    }

    private Paragraph constraint(Constraint constraint) {
        Typesetter type = blocks.type();
        Paragraph paragraph = type.emptyParagraph(Style.BODY);
        if (constraint.title() != null) {
            type.append(paragraph, constraint.title(), Style.BODY_BOLD, type.palette().primary());
            type.append(paragraph, "\n", Style.BODY);
        }
        type.append(paragraph, constraint.description(), Style.BODY);
        paragraph.setIndentationLeft(10);
        paragraph.setSpacingAfter(7);
        return paragraph;
    }

    private Paragraph demand(Demand demand) {
        Typesetter type = blocks.type();
        Paragraph paragraph = type.emptyParagraph(Style.BODY);
        if (demand.label() != null) {
            type.append(paragraph, labels.get("labelled", demand.label()) + " ", Style.BODY_BOLD, type.palette().primary());
        }
        type.append(paragraph, demand.text(), Style.BODY);
        paragraph.setIndentationLeft(10);
        paragraph.setSpacingAfter(6);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        return paragraph;
    }

    // Numbers the sections of one career for their destinations and outline entries, and gives
    // every table the width it will have in the text column, which computes its row heights.
    private final class Sections {
        private final String anchor;
        private final List<Block> parts;
        private int count;

        Sections(String anchor, List<Block> parts) {
            this.anchor = anchor;
            this.parts = parts;
        }

        void heading(String text) {
            String name = anchor + "-s" + ++count;
            parts.add(new Block(sized(blocks.heading(text, name)), Kind.HEADING, name, text, null, null));
        }

        void add(Element element) {
            Element sized = element instanceof PdfPTable table ? sized(table) : element;
            // Made ready here, on the thread that composes careers ahead of the document's.
            parts.add(new Block(sized, Kind.CONTENT, null, null, null, PageFlow.ready(sized)));
        }
    }

    // The width OpenPDF gives a table in the text column (setting the same width again there is a
    // no-op), so its rows are measured now rather than while the document is written.
    private PdfPTable sized(PdfPTable table) {
        table.setTotalWidth(blocks.type().columnWidth() * table.getWidthPercentage() / 100f);
        return table;
    }
}
