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
    private static final Pattern QUALIFIER =
            Pattern.compile("^\\s*(\\([^()]*\\))\\s*(?=" + SEPARATOR + "|->|=>|[€$£¥₹]|\\d)");
    /** The separators of one character. */
    private static final String SINGLE_SEPARATORS = ":➜→➔⇒—–";
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
        if (!hasSeparator(text)) {
            return new LeadIn(null, text.strip()); // most lines: no separator, no regex to run
        }
        Matcher m = PLAIN.matcher(text);
        if (!m.matches() || m.group(1).isBlank()) {
            return new LeadIn(null, text.strip());
        }
        return new LeadIn(m.group(1).strip(), m.group(2).strip());
    }

    private static boolean hasSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '➜' || c == '→' || c == '➔' || c == '⇒' || c == '>' && i > 0
                    && (text.charAt(i - 1) == '-' || text.charAt(i - 1) == '=')) {
                return true;
            }
        }
        return false;
    }

    static LeadIn split(String lead, String rest) {
        String cleanLead = withoutTrailingSeparator(lead);
        String cleanRest = withoutLeadingSeparator(rest);
        // "**Junior** (0-2 ans) : 40k€": the parenthesis belongs to the label, not to the amounts.
        if (!cleanLead.isEmpty() && firstAfterSpaces(cleanRest) == '(') {
            Matcher qualifier = QUALIFIER.matcher(cleanRest);
            if (qualifier.find()) {
                cleanLead = cleanLead + " " + qualifier.group(1);
                cleanRest = withoutLeadingSeparator(cleanRest.substring(qualifier.end()));
            }
        }
        return new LeadIn(cleanLead.isEmpty() ? null : cleanLead, cleanRest);
    }

    // Every lead-in and item passes here: the two separator regexes (TRAILING and LEADING,
    // which RegexShortcutsTest checks these against) written out by hand.

    // TRAILING: "Junior ➜ " → "Junior". Its $ also matches before a final line terminator.
    private static String withoutTrailingSeparator(String text) {
        int end = text.length();
        if (end > 0 && "\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        int separatorEnd = end;
        while (separatorEnd > 0 && isRegexSpace(text.charAt(separatorEnd - 1))) {
            separatorEnd--;
        }
        int separatorStart = separatorEnd - separatorLengthEndingAt(text, separatorEnd);
        if (separatorStart == separatorEnd) {
            return text.strip();
        }
        while (separatorStart > 0 && isRegexSpace(text.charAt(separatorStart - 1))) {
            separatorStart--;
        }
        return (text.substring(0, separatorStart) + text.substring(end)).strip();
    }

    // LEADING: " : 45k€" → "45k€", "- text" → "text", but "-5k€" stays.
    private static String withoutLeadingSeparator(String text) {
        int start = 0;
        while (start < text.length() && isRegexSpace(text.charAt(start))) {
            start++;
        }
        int length = separatorLengthAt(text, start);
        if (length == 0) {
            return text.strip();
        }
        int end = start + length;
        while (end < text.length() && isRegexSpace(text.charAt(end))) {
            end++;
        }
        return text.substring(end).strip();
    }

    // The length of the separator (SEPARATOR, or a hyphen before no digit) at an index, or 0.
    private static int separatorLengthAt(String text, int at) {
        if (at >= text.length()) {
            return 0;
        }
        char c = text.charAt(at);
        char next = at + 1 < text.length() ? text.charAt(at + 1) : 0;
        if (SINGLE_SEPARATORS.indexOf(c) >= 0) {
            return 1;
        }
        if ((c == '-' || c == '=') && next == '>') {
            return 2;
        }
        return c == '-' && !(next >= '0' && next <= '9') ? 1 : 0;
    }

    // The length of the SEPARATOR that ends just before an index, or 0.
    private static int separatorLengthEndingAt(String text, int end) {
        if (end == 0) {
            return 0;
        }
        char last = text.charAt(end - 1);
        if (SINGLE_SEPARATORS.indexOf(last) >= 0) {
            return 1;
        }
        return last == '>' && end >= 2 && (text.charAt(end - 2) == '-' || text.charAt(end - 2) == '=') ? 2 : 0;
    }

    private static char firstAfterSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isRegexSpace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    // The characters of the regex class \s.
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
