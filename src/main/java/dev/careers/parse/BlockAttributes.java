package dev.careers.parse;

import java.util.regex.Pattern;

/**
 * Blanks the lines that are only a kramdown block attribute list ("{: class="table table-hover"}",
 * "{: .note}"). A published page never shows them, and left in place such a line glues itself to
 * the table under it, which then reads as a paragraph of pipes. Lines inside fenced code are code,
 * kept. Blank lines keep every other line's number.
 */
final class BlockAttributes {
    private static final Pattern ATTRIBUTE_LINE = Pattern.compile(
            "^ {0,3}\\{:\\s*(?:[#.][\\w-]+|[\\w-]+=(?:\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s}]+))(?:\\s+(?:[#.][\\w-]+|[\\w-]+=(?:\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s}]+)))*\\s*\\}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    private BlockAttributes() {}

    static String blanked(String body) {
        if (!body.contains("{:")) {
            return body;
        }
        String[] lines = body.split("\n", -1);
        boolean changed = false;
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            var opening = FENCE.matcher(lines[i]);
            if (opening.find()) {
                fence = fence == null ? opening.group(1) : fence.equals(opening.group(1)) ? null : fence;
            } else if (fence == null && ATTRIBUTE_LINE.matcher(lines[i].replace("\r", "")).matches()) {
                lines[i] = lines[i].endsWith("\r") ? "\r" : "";
                changed = true;
            }
        }
        return changed ? String.join("\n", lines) : body;
    }
}
