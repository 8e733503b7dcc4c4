package dev.careers.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Reads as a list the paragraphs that each open with a bullet drawn as a character ("&#10004;
 * **Giardiniere**: …", "• Nurse: …", "➤ Plumber"), as pages pasted from a site's editor write
 * their lists: every reader sees a list where CommonMark sees paragraphs. At least two such
 * paragraphs in a row, opening with the same symbol; the symbol itself is dropped, as a list's
 * marker is.
 */
final class SymbolBullets implements PostProcessor {
    private static final Pattern BULLET = Pattern.compile(
            "^([\\u2022\\u25E6\\u25AA\\u25AB\\u25A0\\u25A1\\u25C6\\u25C7\\u25B6\\u25BA\\u27A4\\u279C\\u2192\\u21D2"
                    + "\\u2714\\u2713\\u2705\\u2611\\u2605\\u2606\\u2726\\u2727]|\\uD83D\\uDC49|\\uD83D\\uDD39|\\uD83D\\uDD38)"
                    + "\\uFE0F?\\s+");
    private static final int FEWEST = 2;

    @Override
    public Node process(Node document) {
        for (Node container : BlockContainers.of(document)) {
            List<Paragraph> run = new ArrayList<>();
            String runSymbol = null;
            for (Node n = container.getFirstChild(); n != null; ) {
                Node next = n.getNext();
                String symbol = n instanceof Paragraph p ? symbol(p) : null;
                if (symbol == null || !symbol.equals(runSymbol)) {
                    listOf(run);
                    run = new ArrayList<>();
                }
                runSymbol = symbol;
                if (symbol != null) {
                    run.add((Paragraph) n);
                }
                n = next;
            }
            listOf(run);
        }
        return document;
    }

    // The symbol a paragraph opens with, then a space and more of the paragraph, or null. An
    // entity ("&#10004;") is a text node of its own, the space after it in the next one.
    private static String symbol(Paragraph p) {
        if (!(p.getFirstChild() instanceof Text text) || text.getNext() == null && text.getLiteral().strip().length() <= 2) {
            return null;
        }
        Matcher bullet = BULLET.matcher(opening(text));
        return bullet.find() ? bullet.group(1) : null;
    }

    private static String opening(Text first) {
        return first.getNext() instanceof Text next ? first.getLiteral() + next.getLiteral() : first.getLiteral();
    }

    private static void listOf(List<Paragraph> run) {
        if (run.size() < FEWEST) {
            return;
        }
        BulletList list = new BulletList();
        list.setMarker("-");
        list.setTight(false);
        run.get(0).insertBefore(list);
        List<SourceSpan> listSpans = new ArrayList<>();
        for (Paragraph p : run) {
            Text first = (Text) p.getFirstChild();
            Matcher bullet = BULLET.matcher(opening(first));
            bullet.find();
            int cut = bullet.end();
            if (cut >= first.getLiteral().length()) {
                Node next = first.getNext();
                cut -= first.getLiteral().length();
                first.unlink();
                first = next instanceof Text text ? text : null;
            }
            if (first != null) {
                first.setLiteral(first.getLiteral().substring(cut));
            }
            ListItem item = new ListItem();
            item.setMarkerIndent(0);
            item.setContentIndent(2);
            item.setSourceSpans(p.getSourceSpans());
            listSpans.addAll(p.getSourceSpans());
            p.unlink();
            item.appendChild(p);
            list.appendChild(item);
        }
        list.setSourceSpans(listSpans);
    }
}
