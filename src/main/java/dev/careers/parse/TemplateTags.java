package dev.careers.parse;

import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Removes the markup that site generators and note apps give meaning to and CommonMark leaves as
 * text: Liquid and Jinja tags ("{% include disqus.html %}", "{{ page.title }}"), which a reader
 * of the published page never sees, and the backslash a hard break leaves at the end of a block
 * ("… $97,000 per year  \"). Wiki links ("[[Career change]]", "[[notes/pay|pay]]") show their text, and
 * GitHub's alert markers ("> [!CAUTION]") the title GitHub shows ("Caution:").
 */
final class TemplateTags implements PostProcessor {
    private static final Pattern TAG = Pattern.compile("\\{%.*?%\\}|\\{\\{.*?\\}\\}");
    /** GitHub's alerts ("> [!CAUTION]"), which it shows as a titled box: the title, as a word. */
    private static final Pattern ALERT = Pattern.compile("^\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\]\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[(?:[^\\[\\]|\\n]*\\|)?([^\\[\\]|\\n]+)\\]\\]");

    @Override
    public Node process(Node document) {
        java.util.List<Node> emptied = new java.util.ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                String literal = text.getLiteral();
                String cleaned = literal;
                if (cleaned.indexOf('{') >= 0 && (cleaned.contains("{%") || cleaned.contains("{{"))) {
                    cleaned = TAG.matcher(cleaned).replaceAll("");
                }
                if (cleaned.contains("[[")) {
                    cleaned = WIKI_LINK.matcher(cleaned).replaceAll("$1");
                }
                if (cleaned.startsWith("[!") && text.getPrevious() == null && text.getParent() != null
                        && text.getParent().getParent() instanceof org.commonmark.node.BlockQuote) {
                    var alert = ALERT.matcher(cleaned);
                    cleaned = alert.matches() ? alert.group(1).charAt(0) + alert.group(1).substring(1).toLowerCase(
                            java.util.Locale.ROOT) + ":" : cleaned;
                }
                if (cleaned.endsWith("\\") && text.getNext() == null) {
                    cleaned = cleaned.substring(0, cleaned.length() - 1).stripTrailing();
                }
                if (!cleaned.equals(literal)) {
                    text.setLiteral(cleaned);
                    if (cleaned.isBlank() && text.getParent() instanceof org.commonmark.node.Paragraph p
                            && p.getFirstChild() == text && text.getNext() == null) {
                        emptied.add(p); // "{% include toc.html %}" alone: no paragraph a reader sees
                    }
                }
            }
        });
        emptied.forEach(Node::unlink);
        return document;
    }
}
