package dev.careers.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;

/**
 * Reads as Markdown an indented block that holds no code, only headings and sentences: pages
 * converted by a tool or pasted from a web page often indent their text ("            ### Salaire"
 * then "            A partir de 1890 euros brut par mois."), which CommonMark takes for code
 * while every reader of the page sees headings and prose. Fenced code is never touched, nor an
 * indented block with anything of code in it.
 */
final class ProseCodeBlocks implements PostProcessor {
    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+\\S.*");
    /** What code has and prose has not: braces, assignments, tags, backticks, a line ending in ";", a prompt. */
    private static final Pattern CODE = Pattern.compile("[{}=<>`\\\\]|;\\s*$|^[$>%]\\s|\\w\\(|\\s--?[a-z]|\\w/\\w"
            + "|^(?:import|def|return|public|var|let|const|sudo|ls|cd|npm|npx|yarn|pip|git|docker|curl|wget|make|mvn|gradle|java"
            + "|python3?|node|cargo|go|apt|apt-get|brew|export|echo)\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private final Parser parser;

    /** Reads the blocks' text with this parser (one without this post-processor). */
    ProseCodeBlocks(Parser parser) {
        this.parser = parser;
    }

    @Override
    public Node process(Node document) {
        for (Node n = document.getFirstChild(); n != null; ) {
            Node next = n.getNext();
            if (n instanceof IndentedCodeBlock code && code.getLiteral().length() <= 100_000 && isProse(code.getLiteral())) {
                replace(code);
            }
            n = next;
        }
        return document;
    }

    static boolean isProse(String literal) {
        boolean any = false;
        for (String line : literal.split("\n")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (CODE.matcher(text).find()) {
                return false;
            }
            long words = WORD.matcher(text).results().count();
            long letters = text.chars().filter(Character::isLetter).count();
            long marks = text.chars().filter(c -> !Character.isLetter(c) && !Character.isWhitespace(c)).count();
            if (!HEADING.matcher(text).matches() && (words < 3 || letters < marks)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    // The block's text, its common indentation removed, parsed and put in its place; each new block
    // keeps the line it stands on in the page.
    private void replace(IndentedCodeBlock code) {
        String[] lines = code.getLiteral().split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        var text = new StringBuilder();
        for (String line : lines) {
            text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        List<SourceSpan> spans = code.getSourceSpans();
        Node parsed = parser.parse(text.toString());
        for (Node block = parsed.getFirstChild(); block != null; ) {
            Node next = block.getNext();
            shift(block, spans);
            code.insertBefore(block);
            block = next;
        }
        code.unlink();
    }

    // Iterative: a block's inline nodes may nest deeply in hostile input.
    private static void shift(Node block, List<SourceSpan> outer) {
        if (outer.isEmpty()) {
            return;
        }
        java.util.Deque<Node> pending = new java.util.ArrayDeque<>();
        pending.push(block);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            List<SourceSpan> shifted = new ArrayList<>();
            for (SourceSpan span : node.getSourceSpans()) {
                SourceSpan at = outer.get(Math.min(span.getLineIndex(), outer.size() - 1));
                shifted.add(SourceSpan.of(at.getLineIndex(), at.getColumnIndex(), at.getInputIndex(), span.getLength()));
            }
            node.setSourceSpans(shifted);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                pending.push(child);
            }
        }
    }
}
