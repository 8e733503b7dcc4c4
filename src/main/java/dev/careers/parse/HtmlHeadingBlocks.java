package dev.careers.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.PostProcessor;

/**
 * Splits an HTML block that opens with a heading and goes on with other HTML ("&lt;h2&gt;Unqualified
 * teachers&lt;/h2&gt;" then "&lt;p&gt;As an unqualified teacher…" on the next line, with no blank line
 * between) into the heading's block and the rest's: CommonMark reads them as one block, a reader
 * as a heading and what follows it.
 */
final class HtmlHeadingBlocks implements PostProcessor {
    private static final Pattern OPENING_HEADING = Pattern.compile(
            "^\\s*<h([1-6])\\b[^>]*>.*?</h\\1\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    @Override
    public Node process(Node document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlBlock html && html.getLiteral().length() <= 100_000
                    && html.getLiteral().stripLeading().regionMatches(true, 0, "<h", 0, 2)) {
                split(html);
            }
        }
        return document;
    }

    private static void split(HtmlBlock html) {
        String literal = html.getLiteral();
        Matcher m = OPENING_HEADING.matcher(literal);
        if (!m.lookingAt() || literal.substring(m.end()).isBlank()) {
            return;
        }
        int end = m.end();
        boolean restOnNextLine = literal.startsWith("\n", end) || literal.startsWith("\r\n", end);
        String rest = literal.substring(restOnNextLine ? literal.indexOf('\n', end) + 1 : end);
        int headingLines = (int) literal.substring(0, end).chars().filter(c -> c == '\n').count() + 1;
        List<SourceSpan> spans = html.getSourceSpans();
        HtmlBlock after = new HtmlBlock();
        after.setLiteral(rest);
        if (spans.size() >= headingLines) {
            int restFrom = restOnNextLine ? headingLines : headingLines - 1;
            after.setSourceSpans(new ArrayList<>(spans.subList(Math.min(restFrom, spans.size() - 1), spans.size())));
            html.setSourceSpans(new ArrayList<>(spans.subList(0, headingLines)));
        }
        html.setLiteral(literal.substring(0, end) + "\n");
        html.insertAfter(after);
    }
}
