package dev.careers.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The nodes of a parsed page that hold blocks: the document, block quotes, lists and their items.
 * Post-processors that regroup blocks (a list split by CommonMark, paragraphs that are a list)
 * visit these, never the inline content of paragraphs and headings. Stateless.
 */
final class BlockContainers {
    private BlockContainers() {}

    /** The document and every block holding blocks below it, listed before any change is made. */
    static List<Node> of(Node document) {
        List<Node> containers = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node container = pending.pop();
            containers.add(container);
            for (Node n = container.getFirstChild(); n != null; n = n.getNext()) {
                if (n.getFirstChild() != null && !(n instanceof Paragraph) && !(n instanceof Heading)) {
                    pending.push(n);
                }
            }
        }
        return containers;
    }
}
