package dev.careers.parse;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;

/**
 * Cuts a large Markdown source into pieces that commonmark reads block for block as it reads the
 * whole, so that a large file is parsed one piece at a time and its whole tree never lives at once
 * (on 10,000 careers the collector spent half a second copying that tree).
 *
 * <p>A piece starts at an ATX heading ("## Name") at the start of a line after a blank line. Such a
 * line ends every block except a fenced code block or an HTML block of the kinds that run over
 * blank lines (a comment, {@code <pre>}, {@code <script>}...): commonmark reads a source line by
 * line without looking ahead, so the piece before the cut gives the same blocks as the whole did
 * up to there, and a cut inside such a block shows as that piece's last block being one of them
 * (see {@link #mayContinue}). Link reference definitions apply across the whole file, so a source
 * that may hold one ("]:") is not cut.
 */
final class Pieces {
    /** One piece: where it starts and ends in the whole source, and how many lines come before it. */
    record Piece(int start, int end, int firstLine) {
        String of(String markdown) {
            return markdown.substring(start, end);
        }
    }

    private Pieces() {}

    /**
     * The pieces of the source, each at least {@code length} characters long but the last; the
     * whole source as one piece when it is shorter than two pieces or cannot be cut.
     */
    static List<Piece> of(String markdown, int length) {
        if (markdown.length() < 2L * length || markdown.contains("]:")) {
            return List.of(new Piece(0, markdown.length(), 0));
        }
        List<Piece> pieces = new ArrayList<>();
        int pieceStart = 0;
        int pieceLine = 0;
        int line = 0;
        boolean previousBlank = false;
        int start = 0;
        while (start < markdown.length()) {
            int end = lineEnd(markdown, start);
            if (previousBlank && start - pieceStart >= length && isAtxHeading(markdown, start, end)
                    && markdown.length() - start >= length) {
                pieces.add(new Piece(pieceStart, start, pieceLine));
                pieceStart = start;
                pieceLine = line;
            }
            previousBlank = isBlank(markdown, start, end);
            start = nextLine(markdown, end);
            line++;
        }
        pieces.add(new Piece(pieceStart, markdown.length(), pieceLine));
        return pieces;
    }

    /**
     * Whether a piece's last top-level block may go on in the next piece: a fenced code block
     * without its closing fence, or an HTML block (some kinds end only at their closing tag). The
     * cut before the next piece is then not used.
     */
    static boolean mayContinue(Node lastBlock) {
        return lastBlock instanceof FencedCodeBlock code && code.getClosingFenceLength() == null
                || lastBlock instanceof HtmlBlock;
    }

    // Line ends as commonmark reads them: "\n", "\r\n" or a lone "\r".
    static int lineEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return s.length();
    }

    static int nextLine(String s, int end) {
        if (end < s.length() && s.charAt(end) == '\r' && end + 1 < s.length() && s.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return end + 1;
    }

    private static boolean isBlank(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    // "#" to "######" in the first column, then a space, a tab or the end of the line.
    private static boolean isAtxHeading(String s, int start, int end) {
        int hashes = 0;
        while (start + hashes < end && s.charAt(start + hashes) == '#') {
            hashes++;
        }
        if (hashes == 0 || hashes > 6) {
            return false;
        }
        int after = start + hashes;
        return after == end || s.charAt(after) == ' ' || s.charAt(after) == '\t';
    }
}
