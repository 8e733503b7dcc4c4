package dev.careers.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Headings written as HTML blocks ({@code <h4 style="…">Back-end developer</h4>}). Stateless. */
final class HtmlHeadings {
    private static final Pattern HEADING = Pattern.compile(
            "^\\s*<h([1-6])\\b[^>]*>(.*?)</h\\1\\s*>\\s*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private HtmlHeadings() {}

    /** The level of an HTML block that is one heading, else 0. */
    static int level(String html) {
        if (html.length() > 2000 || !html.stripLeading().regionMatches(true, 0, "<h", 0, 2)) {
            return 0;
        }
        Matcher m = HEADING.matcher(html);
        return m.matches() ? m.group(1).charAt(0) - '0' : 0;
    }

    /** The plain text of an HTML heading block. */
    static String text(String html) {
        Matcher m = HEADING.matcher(html);
        String inner = m.matches() ? m.group(2) : html;
        return Words.collapse(TAG.matcher(inner).replaceAll(" ").replace("&amp;", "&").replace("&nbsp;", " ")
                .replace("&#39;", "'").replace("&quot;", "\""));
    }
}
