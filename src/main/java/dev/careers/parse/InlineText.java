package dev.careers.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The plain text of inline nodes: emphasis markers gone, link and image text kept, line breaks
 * as spaces, whitespace collapsed. Inline HTML is kept as literal text in body text and removed
 * from headings; HTML comments are never text.
 */
final class InlineText {
    private static final java.util.regex.Pattern BREAK =
            java.util.regex.Pattern.compile("<(?:br|p|/p|li|/li|div|/div)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern STRUCK_OUT =
            java.util.regex.Pattern.compile("</?(?:del|s|strike)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    // A script or a style written in a line runs or dresses the page; a reader never sees its code.
    private static final java.util.regex.Pattern SCRIPT =
            java.util.regex.Pattern.compile("</?(?:script|style)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * An attribute list closing a line, which Markdown dialects (kramdown, markdown-it-attrs,
     * Pandoc) turn into HTML attributes, never text: "Surgeon {style=\"counter-reset: list 0;\"}".
     */
    private static final java.util.regex.Pattern ATTRIBUTE_LIST = java.util.regex.Pattern.compile(
            "\\s*\\{:?\\s*(?:[#.][A-Za-z_][\\w-]*|[A-Za-z_][\\w-]*=(?:\"[^\"]*\"|'[^']*'|[^\\s}\"']+))"
                    + "(?:\\s+(?:[#.][A-Za-z_][\\w-]*|[A-Za-z_][\\w-]*=(?:\"[^\"]*\"|'[^']*'|[^\\s}\"']+)))*\\s*\\}\\s*$");

    private InlineText() {}

    // The text of a Text node that ends its line, without an attribute list there.
    private static String lineEnd(String literal, Node next, Node end) {
        return literal.indexOf('{') < 0 || !(next == null || next == end || next instanceof SoftLineBreak
                || next instanceof HardLineBreak) ? literal : ATTRIBUTE_LIST.matcher(literal).replaceFirst("");
    }

    /** The text of a node's inline content as a reader sees it: HTML tags removed, their text kept. */
    static String of(Node node) {
        return Words.collapse(collect(node.getFirstChild(), null, false));
    }

    /** The text of a heading: inline HTML removed. */
    static String ofHeading(Node node) {
        return Words.collapse(collect(node.getFirstChild(), null, false));
    }

    /**
     * The text of the siblings from {@code first} up to (not including) {@code end}, as read for
     * names and pay: struck-out text ({@code <del>}, {@code <s>}, {@code <strike>}) is what its
     * author took back, so it is left out here (the paragraph's own text keeps it).
     */
    static String range(Node first, Node end) {
        return Words.collapse(collect(first, end, false, true));
    }

    /** The text of the siblings from {@code first} up to (not including) {@code end}, struck-out text kept. */
    static String rangeAsWritten(Node first, Node end) {
        return Words.collapse(collect(first, end, false, false));
    }

    /** Only the struck-out words of a paragraph ("<del>… 4 500 euros …</del>"), "" when it has none. */
    static String struckOut(Paragraph paragraph) {
        if (paragraph.getFirstChild() instanceof Text only && only.getNext() == null) {
            return ""; // most paragraphs: one run of text
        }
        var struck = new StringBuilder();
        int depth = 0;
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(paragraph);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof HtmlInline html && STRUCK_OUT.matcher(html.getLiteral()).lookingAt()) {
                depth = Math.max(0, depth + (html.getLiteral().startsWith("</") ? -1 : 1));
            } else if (depth > 0 && node instanceof Text t) {
                struck.append(t.getLiteral());
            } else if (depth > 0 && node instanceof Code c) {
                struck.append(c.getLiteral());
            } else if (depth > 0 && (node instanceof SoftLineBreak || node instanceof HardLineBreak)) {
                struck.append(' ');
            }
            BlockReader.pushChildren(node, pending);
        }
        return Words.collapse(struck.toString());
    }

    // Iterative, so that deeply nested emphasis in hostile input cannot overflow the stack.
    private static String collect(Node first, Node end, boolean keepHtml) {
        return collect(first, end, keepHtml, false);
    }

    private static String collect(Node first, Node end, boolean keepHtml, boolean dropStruckOut) {
        if (first instanceof Text only && (only.getNext() == null || only.getNext() == end)) {
            return lineEnd(only.getLiteral(), null, null); // most paragraphs and headings: no builder, no queue
        }
        var text = new StringBuilder();
        Deque<Node> pending = new ArrayDeque<>();
        for (Node n = first; n != null && n != end; n = n.getNext()) {
            pending.addLast(n);
        }
        int struckOut = 0;
        int script = 0;
        while (!pending.isEmpty()) {
            Node node = pending.removeFirst();
            if (dropStruckOut && node instanceof HtmlInline html && STRUCK_OUT.matcher(html.getLiteral()).lookingAt()) {
                struckOut = Math.max(0, struckOut + (html.getLiteral().startsWith("</") ? -1 : 1));
                continue;
            }
            if (!keepHtml && node instanceof HtmlInline html && SCRIPT.matcher(html.getLiteral()).lookingAt()) {
                script = Math.max(0, script + (html.getLiteral().startsWith("</") ? -1 : 1));
                continue;
            }
            if ((struckOut > 0 || script > 0) && node.getFirstChild() == null) {
                continue;
            }
            if (node instanceof Text t) {
                text.append(lineEnd(t.getLiteral(), t.getNext(), end));
            } else if (node instanceof Code c) {
                text.append(c.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                text.append(' ');
            } else if (node instanceof HtmlInline html) {
                if (!keepHtml && BREAK.matcher(html.getLiteral()).lookingAt()) {
                    text.append(' ');
                } else if (keepHtml && !html.getLiteral().startsWith("<!--")) {
                    text.append(html.getLiteral());
                }
            } else {
                Node child = node.getLastChild();
                while (child != null) {
                    pending.addFirst(child);
                    child = child.getPrevious();
                }
            }
        }
        return text.toString();
    }
}
