package dev.careers.parse;

import org.commonmark.node.BulletList;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.parser.PostProcessor;

/**
 * Nests the lists their authors meant as sub-lists but indented too little for CommonMark:
 * "1. Surgeon" then "  - **Average Salary:** $400,000+" (two spaces where the numbered item's
 * text starts at three). Every renderer that forgives it (and every reader) shows the bullets
 * under the numbered item; CommonMark makes them a list of their own that ends the numbered one.
 * The bullets are moved into the item above them, and the numbered lists they split are joined
 * again when their numbers follow on ("1." … "2." …).
 */
final class ShallowSubLists implements PostProcessor {

    @Override
    public Node process(Node document) {
        for (Node container : BlockContainers.of(document)) {
            for (Node n = container.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof OrderedList list) {
                    nestAndJoin(list);
                }
            }
        }
        return document;
    }

    private static void nestAndJoin(OrderedList list) {
        while (true) {
            Node next = list.getNext();
            ListItem last = (ListItem) list.getLastChild();
            if (next instanceof BulletList sub && last != null && isShallowUnder(sub, last)) {
                sub.unlink();
                last.appendChild(sub);
            } else if (next instanceof OrderedList following && follows(list, following)) {
                for (Node item = following.getFirstChild(); item != null; ) {
                    Node after = item.getNext();
                    list.appendChild(item);
                    item = after;
                }
                following.unlink();
            } else {
                return;
            }
        }
    }

    // Indented, but less than the item's text: meant under it.
    private static boolean isShallowUnder(ListBlock sub, ListItem item) {
        if (!(sub.getFirstChild() instanceof ListItem first) || first.getMarkerIndent() == null
                || item.getMarkerIndent() == null || item.getContentIndent() == null) {
            return false;
        }
        int indent = first.getMarkerIndent();
        return indent > item.getMarkerIndent() && indent < item.getContentIndent();
    }

    private static boolean follows(OrderedList list, OrderedList following) {
        int count = 0;
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            count++;
        }
        Integer start = list.getMarkerStartNumber();
        Integer next = following.getMarkerStartNumber();
        return start != null && next != null && next == start + count
                && java.util.Objects.equals(list.getMarkerDelimiter(), following.getMarkerDelimiter())
                && following.getFirstChild() instanceof ListItem first && first.getMarkerIndent() != null
                && list.getFirstChild() instanceof ListItem own && java.util.Objects.equals(own.getMarkerIndent(), first.getMarkerIndent());
    }
}
