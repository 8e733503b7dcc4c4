package dev.careers.parse;

import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Finds the heading level of a file's careers from its top-level headings, read from one parsed
 * tree or from the trees of its pieces in turn. Careers sit one level above the recognised
 * sections ("### Salaire" → careers are "##"). The level most sections use decides, so that one
 * career named like a section ("## Demand Planner") cannot move every career; a tie goes to the
 * deeper level, as sections sit under careers. Without sections, the highest level below the
 * title. Not thread-safe.
 */
final class CareerLevel {
    private final int[] sectionsAt = new int[7];
    private int smallestBelowTitle = Integer.MAX_VALUE;

    /** The career level of one whole parsed file. */
    static int of(Document document) {
        var level = new CareerLevel();
        level.add(document);
        return level.level();
    }

    /** Counts the top-level headings of a tree. */
    void add(Document document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && !ModelBuilder.isSetextParagraph(h) && h.getLevel() > 1) {
                SectionKind kind = SectionKind.of(InlineText.ofHeading(h));
                if (kind != SectionKind.OTHER && kind != SectionKind.SOURCES) {
                    sectionsAt[h.getLevel()]++;
                }
                smallestBelowTitle = Math.min(smallestBelowTitle, h.getLevel());
            }
        }
    }

    /** The career level of the headings counted so far. */
    int level() {
        int sectionLevel = 0;
        for (int level = 2; level <= 6; level++) {
            if (sectionsAt[level] > 0 && sectionsAt[level] >= sectionsAt[sectionLevel]) {
                sectionLevel = level;
            }
        }
        if (sectionLevel != 0) {
            return sectionLevel - 1;
        }
        return smallestBelowTitle == Integer.MAX_VALUE ? 2 : smallestBelowTitle;
    }
}
