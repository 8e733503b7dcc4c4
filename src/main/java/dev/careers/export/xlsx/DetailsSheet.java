package dev.careers.export.xlsx;

import dev.careers.model.Career;
import dev.careers.model.CareerDocument;
import dev.careers.model.Constraint;
import dev.careers.model.Demand;
import dev.careers.model.OtherSection;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes the Details sheet: for each career a title row, then its summary, responsibilities,
 * constraints, work environments, demand and other sections (table rows included), one item per
 * row as wrapped text, each section named by the author's heading when there is one. Not
 * thread-safe; one per workbook.
 */
final class DetailsSheet {
    private static final int SECTION_WIDTH = 28;
    private static final int TEXT_WIDTH = 100;
    // Excel does not grow a row to fit wrapped text it did not lay out itself, so the height is
    // estimated from the text; 409 points is Excel's highest row.
    private static final float LINE_POINTS = 15f;
    private static final float MAX_POINTS = 409f;

    /** One row of a career's block: a section name (on its first row only) and a text. */
    private record Item(String section, String text, int line) {}

    private final WorkbookContext context;

    DetailsSheet(WorkbookContext context) {
        this.context = context;
    }

    void write(List<CareerDocument> documents) {
        var list = new ListSheet(context, context.label("sheet.details"),
                List.of("section", "text"), SECTION_WIDTH, TEXT_WIDTH);
        for (CareerDocument document : documents) {
            for (Career career : document.careers()) {
                Row title = list.nextRow();
                context.cells().title(title, 0, career.name(), career.line());
                if (context.combined()) {
                    context.cells().text(title, 1, document.source(), 0, false, list.widths());
                }
                for (Item item : items(career)) {
                    Row row = list.nextRow();
                    context.cells().text(row, 0, item.section(), item.line(), true, list.widths());
                    context.cells().text(row, 1, item.text(), item.line(), true, list.widths());
                    fitHeight(row, item.text());
                }
                list.nextRow(); // a blank row between careers
            }
        }
        list.finish();
    }

    private List<Item> items(Career career) {
        var items = new ArrayList<Item>();
        // The author's heading of the role section names both its summary and its list.
        String role = career.headingOf("role").orElse(null);
        if (career.summary() != null) {
            add(items, role != null ? role : context.labels().get("summary"),
                    List.of(career.summary()), career.line());
        }
        add(items, role != null ? role : context.labels().get("responsibilities"),
                career.responsibilities(), career.line());
        String constraints = heading(career, "constraints");
        for (Constraint constraint : career.constraints()) {
            String text = constraint.title() == null
                    ? constraint.description()
                    : constraint.title() + " \u2014 " + constraint.description();
            add(items, constraints, List.of(text), constraint.line());
        }
        add(items, heading(career, "environments"), career.environments(), career.line());
        String demandHeading = heading(career, "demand");
        for (Demand demand : career.demand()) {
            String text = demand.label() == null ? demand.text() : demand.label() + " : " + demand.text();
            add(items, demandHeading, List.of(text), demand.line());
        }
        for (OtherSection section : career.otherSections()) {
            add(items, section.heading(), section.paragraphs(), section.line());
            add(items, section.heading(), section.items(), section.line());
            add(items, section.heading(),
                    section.rows().stream().map(cells -> String.join(" | ", cells)).toList(), section.line());
        }
        return items;
    }

    // The section's heading as the author wrote it, else our label for it.
    private String heading(Career career, String section) {
        return career.headingOf(section).orElseGet(() -> context.labels().get(section));
    }

    // Names the section only on its first row, so each block reads like a list under a heading.
    private static void add(List<Item> items, String section, List<String> texts, int line) {
        boolean named = section.equals(lastSection(items));
        for (String text : texts) {
            items.add(new Item(named ? null : section, text, line));
            named = true;
        }
    }

    private static String lastSection(List<Item> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).section() != null) {
                return items.get(i).section();
            }
        }
        return null;
    }

    private static void fitHeight(Row row, String text) {
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            lines += Math.max(1, (part.length() + TEXT_WIDTH - 3) / (TEXT_WIDTH - 2));
        }
        if (lines > 1) {
            row.setHeightInPoints(Math.min(MAX_POINTS, lines * LINE_POINTS));
        }
    }
}
