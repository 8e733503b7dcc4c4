package dev.careers.model;

import java.util.List;
import java.util.Objects;

/**
 * A section the parser keeps whole because it does not recognise it, or content that did not fit
 * a recognised section. Immutable.
 *
 * @param heading the heading as written
 * @param paragraphs its paragraphs
 * @param items its list items, nested items flattened in order
 * @param rows its table rows (header first), each a list of cell texts
 * @param line 1-based line of the heading (or of the content when there is no heading)
 */
public record OtherSection(
        String heading, List<String> paragraphs, List<String> items, List<List<String>> rows, int line) {
    public OtherSection {
        Objects.requireNonNull(heading, "heading must not be null");
        paragraphs = List.copyOf(paragraphs);
        items = List.copyOf(items);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Whether the section holds no content at all. */
    public boolean isEmpty() {
        return paragraphs.isEmpty() && items.isEmpty() && rows.isEmpty();
    }
}
