package dev.careers.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * A bold lead-in and the text after it: {@code **Title ➜** text}, {@code **Title :** text},
 * {@code **Title** : text}, or {@code **Title**} then a hard line break and the text.
 *
 * @param lead the lead-in without its separator, or null when the text has none
 * @param rest the text after the lead-in and its separator
 */
record LeadIn(String lead, String rest) {
    /** Separators between a lead-in and its text. */
    static final String SEPARATOR = "(?::|➜|→|➔|⇒|->|=>|—|–)";
    private static final Pattern TRAILING = Pattern.compile("\\s*" + SEPARATOR + "\\s*$");
    private static final Pattern LEADING = Pattern.compile("^\\s*(?:" + SEPARATOR + "|-(?!\\d))\\s*");
    private static final Pattern QUALIFIER =
            Pattern.compile("^\\s*(\\([^()]*\\))\\s*(?=" + SEPARATOR + "|->|=>|[€$£¥₹]|\\d)");
    private static final Pattern PLAIN = Pattern.compile("^([^:➜→➔⇒]*?\\D)\\s*(?::|➜|→|➔|⇒|->|=>)\\s*(.*)$");

    /** The lead-in of a paragraph's inline content, if it opens with bold text. */
    static LeadIn of(Node paragraph) {
        return ofRange(paragraph.getFirstChild(), null);
    }

    /** The lead-in of the inline nodes from {@code first} up to (not including) {@code end}. */
    static LeadIn ofRange(Node first, Node end) {
        while (first instanceof Text t && t.getLiteral().isBlank()) {
            first = first.getNext();
        }
        if (!(first instanceof StrongEmphasis) || first == end) {
            return new LeadIn(null, InlineText.range(first, end));
        }
        String lead = InlineText.of(first);
        Node after = first.getNext();
        while (after instanceof HardLineBreak && after != end) {
            after = after.getNext();
        }
        return split(lead, after == end ? "" : InlineText.range(after, end));
    }

    /** A lead-in written without bold: "Junior : 45k€", cut at the first separator. */
    static LeadIn ofPlain(String text) {
        Matcher m = PLAIN.matcher(text);
        if (!m.matches() || m.group(1).isBlank()) {
            return new LeadIn(null, text.strip());
        }
        return new LeadIn(m.group(1).strip(), m.group(2).strip());
    }

    private static LeadIn split(String lead, String rest) {
        String cleanLead = TRAILING.matcher(lead).replaceFirst("").strip();
        String cleanRest = LEADING.matcher(rest).replaceFirst("").strip();
        // "**Junior** (0-2 ans) : 40k€": the parenthesis belongs to the label, not to the amounts.
        Matcher qualifier = QUALIFIER.matcher(cleanRest);
        if (!cleanLead.isEmpty() && qualifier.find()) {
            cleanLead = cleanLead + " " + qualifier.group(1);
            cleanRest = LEADING.matcher(cleanRest.substring(qualifier.end())).replaceFirst("").strip();
        }
        return new LeadIn(cleanLead.isEmpty() ? null : cleanLead, cleanRest);
    }
}
