package dev.careers.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Reads the text out of commonmark blocks for {@link ModelBuilder}: list items (nested ones
 * flattened), table rows, the literal text of code and HTML, the lines of a paragraph, source
 * positions. Every walk is iterative, so that hostile nesting cannot overflow the stack. One per
 * document; it holds the source text to read back what commonmark drops.
 */
final class BlockReader {
    private final String markdown;
    private final int firstLine;

    /** A reader of the blocks parsed from this text, which starts after so many lines of its file. */
    BlockReader(String markdown, int firstLine) {
        this.markdown = markdown;
        this.firstLine = firstLine;
    }


    /** One list item, nested items flattened after their parent. */
    record Item(Paragraph paragraph, String text, int line, int column) {}

    /** One line (or several joined by a hard break) of a paragraph. */
    record Segment(Node first, Node end, int offset) {}

    // Iterative, so that lists nested thousands deep cannot overflow the stack.
    List<Item> items(ListBlock list) {
        List<Item> items = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        pushChildren(list, pending);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof ListBlock || node instanceof BlockQuote) {
                pushChildren(node, pending);
                continue;
            }
            if (!(node instanceof ListItem item)) {
                // A block inside a quote inside an item: an entry of its own.
                String text = literal(node);
                if (!text.isEmpty()) {
                    items.add(new Item(node instanceof Paragraph p ? p : null, text, line(node), column(node)));
                }
                continue;
            }
            Paragraph first = null;
            var text = new StringBuilder();
            List<Node> nested = new ArrayList<>();
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof ListBlock || c instanceof BlockQuote) {
                    nested.add(c);
                } else {
                    if (first == null && c instanceof Paragraph p) {
                        first = p;
                    }
                    String part = literal(c);
                    if (!part.isEmpty()) {
                        text.append(text.length() > 0 ? " " : "").append(part);
                    }
                }
            }
            if (text.length() > 0) {
                items.add(new Item(first, text.toString(), line(item), column(item)));
            }
            for (int i = nested.size() - 1; i >= 0; i--) {
                pending.push(nested.get(i));
            }
        }
        return items;
    }

    static void pushChildren(Node parent, Deque<Node> pending) {
        for (Node c = parent.getLastChild(); c != null; c = c.getPrevious()) {
            pending.push(c);
        }
    }

    // The blocks inside (nested) quotes, in order, without recursion.
    static List<Node> leafBlocks(Node container) {
        List<Node> leaves = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(container);
        while (!pending.isEmpty()) {
            Node n = pending.pop();
            if (n instanceof BlockQuote || n instanceof Document) {
                for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                    pending.push(c);
                }
            } else {
                leaves.add(n);
            }
        }
        return leaves;
    }

    // Splits a paragraph at line breaks that start a new bold lead-in, so that
    // "**A ➜** x\n**B ➜** y" gives two entries while "**Title**\\\ntext" stays one.
    static List<Segment> segments(Paragraph p) {
        List<Segment> segments = new ArrayList<>();
        Node start = p.getFirstChild();
        int offset = 0;
        int lineOfStart = 0;
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                offset++;
                Node next = n.getNext();
                if (startsNewEntry(next) && start != n) {
                    segments.add(new Segment(start, n, lineOfStart));
                    start = next;
                    lineOfStart = offset;
                }
            }
        }
        if (start != null) {
            segments.add(new Segment(start, null, lineOfStart));
        }
        return segments;
    }

    static boolean startsNewEntry(Node n) {
        while (n instanceof Text t && t.getLiteral().isBlank()) {
            n = n.getNext();
        }
        if (n instanceof StrongEmphasis) {
            return true;
        }
        if (n instanceof Text t) {
            // Unbolded bands on their own lines: "Junior : 45k€".
            return LeadIn.ofPlain(t.getLiteral()).lead() != null && Amounts.read(t.getLiteral()).min() != null;
        }
        return false;
    }

    static Node firstBreak(Paragraph p) {
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                return n.getNext();
            }
        }
        return null;
    }

    List<List<String>> rows(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(table);
        while (!pending.isEmpty()) {
            Node n = pending.pop();
            if (n instanceof TableRow row) {
                List<String> cells = new ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) {
                        cells.add(InlineText.of(cell));
                    }
                }
                cells.addAll(cellsBeyondHeader(row, cells.size()));
                rows.add(cells);
            } else {
                for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                    pending.push(c);
                }
            }
        }
        return rows;
    }

    // GFM drops the cells of a row beyond the header's count; they are read back from the source
    // line so that their text is not lost.
    List<String> cellsBeyondHeader(TableRow row, int kept) {
        List<SourceSpan> spans = row.getSourceSpans();
        if (spans.isEmpty()) {
            return List.of();
        }
        SourceSpan span = spans.get(0);
        int end = Math.min(markdown.length(), span.getInputIndex() + span.getLength());
        if (span.getInputIndex() < 0 || span.getInputIndex() >= end) {
            return List.of();
        }
        List<String> raw = TableCells.split(markdown.substring(span.getInputIndex(), end));
        return raw.size() > kept ? raw.subList(kept, raw.size()) : List.of();
    }

    String literal(Node block) {
        String text;
        if (block instanceof FencedCodeBlock code) {
            // The info string ("```java", or words glued to the fence) is kept with the code.
            String info = code.getInfo() == null ? "" : code.getInfo().strip();
            text = info.isEmpty() ? code.getLiteral() : info + "\n" + code.getLiteral();
        } else if (block instanceof IndentedCodeBlock code) {
            text = code.getLiteral();
        } else if (block instanceof HtmlBlock html) {
            // What a reader sees of it: its text, without tags, scripts or styles.
            text = HtmlTables.text(html.getLiteral().replaceAll("(?s)<!--.*?-->", ""));
        } else if (block instanceof Paragraph p) {
            text = InlineText.of(p);
        } else if (block instanceof TableBlock table) {
            var joined = new StringBuilder();
            for (List<String> row : rows(table)) {
                joined.append(String.join(" | ", row)).append('\n');
            }
            text = joined.toString();
        } else if (block instanceof Code code) {
            text = code.getLiteral();
        } else {
            text = InlineText.of(block);
        }
        return text.strip();
    }

    static String describe(Node block) {
        if (block instanceof TableBlock) {
            return "table";
        } else if (block instanceof ListBlock) {
            return "list";
        } else if (block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock) {
            return "code block";
        } else if (block instanceof HtmlBlock) {
            return "HTML block";
        } else if (block instanceof Paragraph) {
            return "paragraph";
        }
        return "block";
    }

    static boolean isComment(String html) {
        return html.replaceAll("(?s)<!--.*?-->", "").isBlank();
    }

    /** The line in the file where the node starts, from 1; 0 when unknown. */
    int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : firstLine + spans.get(0).getLineIndex() + 1;
    }

    static int column(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1;
    }

    static String firstLink(Node node) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.add(node);
        while (!pending.isEmpty()) {
            Node n = pending.removeFirst();
            if (n instanceof Link link) {
                return link.getDestination();
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                pending.addFirst(c);
            }
        }
        return null;
    }
}
