package dev.careers.export.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.careers.export.Labels;
import dev.careers.model.Career;
import dev.careers.model.Constraint;
import dev.careers.model.Demand;
import dev.careers.model.OtherSection;
import dev.careers.model.SectionHeading;
import java.text.MessageFormat;
import java.util.List;

/**
 * Writes one career, starting on a new page: its title, summary, responsibilities, salary panel,
 * constraints, work environments, company demand and every other section the model kept, with an
 * outline entry for the career and one beneath it for each section. One per export.
 */
final class CareerSection {
    private final Document document;
    private final Blocks blocks;
    private final Labels labels;
    private final SalaryPanel salaries;
    private final Outline outline;
    private final MessageFormat kickerLabel;

    CareerSection(Document document, Blocks blocks, Labels labels, SalaryPanel salaries, Outline outline) {
        this.document = document;
        this.blocks = blocks;
        this.labels = labels;
        this.salaries = salaries;
        this.outline = outline;
        this.kickerLabel = labels.formatter("career.number");
    }

    /**
     * Writes a career.
     *
     * @param anchor the name of its destination, also the prefix of its sections' destinations
     * @param number its 1-based position, shown above the title with the count
     */
    void write(Career career, String anchor, int number, int count, PdfOutline parent) {
        document.newPage();
        document.add(title(career, anchor, number, count));
        PdfOutline entry = outline.add(parent, anchor, career.name());
        Typesetter type = blocks.type();
        var sections = new Sections(anchor, entry);
        // Under the author's role heading when there is one, as in the source; else a lead paragraph.
        boolean roleWritten = career.headingOf("role").isPresent();
        if (career.summary() != null && !roleWritten) {
            Paragraph summary = type.paragraph(career.summary(), Style.LEAD);
            summary.setSpacingAfter(8);
            document.add(summary);
        }
        if (roleWritten || !career.responsibilities().isEmpty()) {
            sections.heading(heading(career, "role", labels.get("responsibilities")));
            if (roleWritten && career.summary() != null) {
                Paragraph summary = type.paragraph(career.summary(), Style.BODY);
                summary.setSpacingAfter(4);
                document.add(summary);
            }
            if (!career.responsibilities().isEmpty()) {
                document.add(blocks.bullets(career.responsibilities(), Style.BODY));
            }
        }
        if (career.salary() != null) {
            // As written ("Salaire (Marché Européen/France)"): it carries the scope.
            sections.heading(heading(career, "salary", career.salary().heading()));
            if (!career.bands().isEmpty()) {
                document.add(salaries.of(career));
            }
        }
        if (!career.constraints().isEmpty()) {
            sections.heading(heading(career, "constraints", labels.get("constraints")));
            career.constraints().forEach(c -> document.add(constraint(c)));
        }
        if (!career.environments().isEmpty()) {
            sections.heading(heading(career, "environments", labels.get("environments")));
            document.add(blocks.bullets(career.environments(), Style.BODY));
        }
        if (!career.demand().isEmpty()) {
            sections.heading(heading(career, "demand", labels.get("demand")));
            career.demand().forEach(d -> document.add(demand(d)));
        }
        for (OtherSection other : career.otherSections()) {
            sections.heading(other.heading());
            other.paragraphs().forEach(p -> document.add(type.paragraph(p, Style.BODY)));
            if (!other.items().isEmpty()) {
                document.add(blocks.bullets(other.items(), Style.BODY));
            }
            if (!other.rows().isEmpty()) {
                document.add(blocks.table(other.rows()));
            }
        }
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
        String kicker = kickerLabel.format(new Object[] {number, count}).toUpperCase(labels.locale());
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

    // Numbers the sections of one career for their destinations and outline entries.
    private final class Sections {
        private final String anchor;
        private final PdfOutline parent;
        private int count;

        Sections(String anchor, PdfOutline parent) {
            this.anchor = anchor;
            this.parent = parent;
        }

        void heading(String text) {
            String name = anchor + "-s" + ++count;
            document.add(blocks.heading(text, name));
            outline.add(parent, name, text);
        }
    }
}
