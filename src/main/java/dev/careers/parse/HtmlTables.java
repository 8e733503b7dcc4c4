package dev.careers.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rows of an HTML {@code <table>} block and the plain text of other HTML blocks. Stateless. */
final class HtmlTables {
    private static final Pattern ROW = Pattern.compile("(?is)<tr\\b[^>]*>(.*?)</tr\\s*>");
    private static final Pattern CELL = Pattern.compile("(?is)<t[hd]\\b[^>]*>(.*?)</t[hd]\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");

    private HtmlTables() {}

    /** The cells of each row of the tables in an HTML block; empty when it holds none. */
    static List<List<String>> rows(String html) {
        List<List<String>> rows = new ArrayList<>();
        if (!html.regionMatches(true, html.indexOf('<') < 0 ? 0 : html.indexOf('<'), "<table", 0, 6)
                && !html.toLowerCase(java.util.Locale.ROOT).contains("<tr")) {
            return rows;
        }
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            String content = row.group(1);
            Matcher cell = CELL.matcher(content);
            int end = 0;
            while (cell.find()) {
                // Text outside any well-formed cell ("<t**d>Auxiliar</td>") is a cell of its own: never lost.
                addIfShown(cells, content.substring(end, cell.start()));
                cells.add(plain(cell.group(1)));
                end = cell.end();
            }
            addIfShown(cells, content.substring(end));
            rows.add(cells);
        }
        return rows;
    }

    private static void addIfShown(List<String> cells, String html) {
        String text = plain(html);
        if (!text.isEmpty()) {
            cells.add(text);
        }
    }

    private static final Pattern TABLE = Pattern.compile("(?is)<table\\b.*?</table\\s*>");

    /** The text an HTML block shows beside its tables (a block runs on to the next blank line). */
    static String outsideTables(String html) {
        return text(TABLE.matcher(html).replaceAll(" "));
    }

    /** The text an HTML block shows: tags, scripts and styles removed, entities decoded. */
    static String text(String html) {
        return plain(SCRIPT.matcher(html).replaceAll(" "));
    }

    private static String plain(String html) {
        return Words.collapse(TAG.matcher(html).replaceAll(" ").replace("&nbsp;", " ").replace("&#8211;", "–")
                .replace("&#8217;", "’").replace("&#36;", "$").replace("&euro;", "€").replace("&pound;", "£")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&quot;", "\"")
                .replace("&#39;", "'"));
    }
}
