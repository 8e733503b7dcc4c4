package dev.careers.parse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.careers.model.Diagnostic;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata block some pages open with: YAML between {@code ---} lines or TOML between
 * {@code +++} lines (Jekyll, Hugo, Astro), or an EDN map opening the page (Cryogen:
 * {@code {:title "…" :layout :page}}). It is metadata, never text of the page: the parser reads
 * it with Jackson's YAML and TOML readers, and the page's body keeps its line numbers (the block's
 * lines become empty lines). Immutable.
 *
 * @param fields the top-level keys in source order, each value as text (a list's items joined
 *     with commas, a table's values with dashes: "Was verdient …? — Das Durchschnittsgehalt …")
 * @param body the page with the block's lines emptied
 */
record FrontMatter(Map<String, String> fields, String body) {
    private static final int MAX_LINES = 400;

    FrontMatter {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The front matter of a text, or an empty one (and the text as it is) when it has none. */
    static FrontMatter of(String text, List<Diagnostic> diagnostics) {
        if (text.startsWith("{:")) {
            return ednMap(text, diagnostics);
        }
        String fence = text.startsWith("---") ? "---" : text.startsWith("+++") ? "+++" : null;
        int firstEnd = Pieces.lineEnd(text, 0);
        if (fence == null || !text.substring(0, firstEnd).strip().equals(fence)) {
            return keyLines(text);
        }
        int start = Pieces.nextLine(text, firstEnd);
        int lines = 1;
        for (int at = start; at < text.length() && lines < MAX_LINES; at = Pieces.nextLine(text, Pieces.lineEnd(text, at)), lines++) {
            String line = text.substring(at, Pieces.lineEnd(text, at)).strip();
            if (line.equals(fence) || (fence.equals("---") && line.equals("..."))) {
                String block = text.substring(start, at);
                Map<String, String> fields = read(block, fence.equals("---"));
                if (fields == null) {
                    // Written by hand, front matter is often not valid YAML ('today's' in single
                    // quotes): its "key: value" lines are still metadata, not page text.
                    fields = lines(block);
                    diagnostics.add(Diagnostic.warning("frontmatter.invalid", 1, 1, "The block between the '"
                            + fence + "' lines at the top is not valid " + (fence.equals("---") ? "YAML" : "TOML")
                            + "; its 'key: value' lines were read one by one."));
                }
                // Comments are text the author wrote: kept, under the key "#".
                var comments = new StringBuilder();
                for (String blockLine : block.split("\\R")) {
                    if (blockLine.strip().startsWith("#")) {
                        comments.append(comments.length() > 0 ? " " : "").append(blockLine.strip());
                    }
                }
                if (comments.length() > 0) {
                    fields = new LinkedHashMap<>(fields);
                    fields.merge("#", comments.toString(), (kept, comment) -> kept + " " + comment);
                }
                int end = Pieces.lineEnd(text, at);
                return new FrontMatter(fields, blankLines(text, end) + text.substring(end));
            }
        }
        return new FrontMatter(Map.of(), text);
    }

    /** Keys that Pelican's and MultiMarkdown's metadata open with. */
    private static final java.util.Set<String> METADATA_KEYS = java.util.Set.of("title", "date", "author", "authors",
            "tags", "category", "categories", "slug", "summary", "lang", "published", "status", "modified",
            "description", "template", "layout", "cover");

    // Pelican and MultiMarkdown write their metadata as "Title: …" lines with no fence, up to the
    // first empty line. Read as metadata only when the block opens with one of their keys and
    // names a title: a job advert's "Salary: 40k" lines at the top are text.
    private static FrontMatter keyLines(String text) {
        int lines = 0;
        int at = 0;
        boolean titled = false;
        while (at < text.length() && lines < MAX_LINES) {
            int end = Pieces.lineEnd(text, at);
            String line = text.substring(at, end);
            if (line.isBlank()) {
                break;
            }
            java.util.regex.Matcher key = KEY_LINE.matcher(line);
            boolean continued = lines > 0 && Character.isWhitespace(line.charAt(0));
            if (!key.matches() && !continued || lines == 0 && !METADATA_KEYS.contains(key.group(1).toLowerCase(java.util.Locale.ROOT))) {
                return new FrontMatter(Map.of(), text);
            }
            titled |= key.matches() && key.group(1).equalsIgnoreCase("title") && !key.group(2).isBlank();
            lines++;
            at = Pieces.nextLine(text, end);
        }
        if (lines < 2 || !titled) {
            return new FrontMatter(Map.of(), text);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        lines(text.substring(0, at)).forEach((key, value) -> fields.put(key.toLowerCase(java.util.Locale.ROOT), value));
        int end = Pieces.lineEnd(text, Math.max(0, at - 1));
        return new FrontMatter(fields, blankLines(text, end) + text.substring(end));
    }

    private static final java.util.regex.Pattern EDN_ENTRY = java.util.regex.Pattern.compile(
            ":([\\w.?!*+-]+)\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|[^\\s{}\\[\\]]+|\\[[^\\]]*\\])");

    // Cryogen's metadata is an EDN map of keywords; its values are strings, keywords, numbers or
    // vectors of them. The map ends on the first line that closes it; a page whose first brace
    // never closes is text.
    private static FrontMatter ednMap(String text, List<Diagnostic> diagnostics) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length() && i < 20_000; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                int end = Pieces.lineEnd(text, i);
                if (c != '}' || !text.substring(i + 1, end).isBlank()) {
                    break;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                String map = text.substring(1, i);
                java.util.regex.Matcher entry = EDN_ENTRY.matcher(map);
                var unread = new StringBuilder();
                int read = 0;
                while (entry.find()) {
                    unread.append(map, read, entry.start()).append(' ');
                    read = entry.end();
                    String value = entry.group(2);
                    if (value.startsWith("\"")) {
                        value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
                    } else if (value.startsWith("[")) {
                        value = value.substring(1, value.length() - 1).replace("\"", "").strip();
                    }
                    fields.put(entry.group(1), Words.collapse(value));
                }
                // Whatever is not a ":key value" entry is still the author's text: kept, under "#".
                String rest = Words.collapse(unread.append(map.substring(read)).toString());
                if (!rest.isEmpty()) {
                    fields.put("#", rest);
                    diagnostics.add(Diagnostic.warning("frontmatter.invalid", 1, 1, "The map at the top is not "
                            + "made of ':key value' entries only; the rest of it was kept as text: '" + rest + "'."));
                }
                return new FrontMatter(fields, blankLines(text, end) + text.substring(end));
            }
        }
        return new FrontMatter(Map.of(), text);
    }

    /** A field by one of its usual names, or null. */
    String get(String... keys) {
        for (String key : keys) {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                if (field.getKey().equalsIgnoreCase(key) && !field.getValue().isBlank()) {
                    return field.getValue();
                }
            }
        }
        return null;
    }

    private static Map<String, String> read(String block, boolean yaml) {
        ObjectMapper mapper = yaml ? Yaml.MAPPER : Toml.MAPPER;
        JsonNode root;
        try {
            root = block.isBlank() ? mapper.createObjectNode() : mapper.readTree(block);
        } catch (JacksonException e) {
            return null;
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Map.of();
        }
        if (!root.isObject() || yaml && ANCHOR.matcher(block).find()) {
            // An anchor's name ("&#0;lang: it" is an anchor and an empty key) is the author's text
            // that YAML drops: such a block is read line by line instead.
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            fields.put(field.getKey(), text(field.getValue()));
        }
        return fields;
    }

    private static final java.util.regex.Pattern ANCHOR = java.util.regex.Pattern.compile("(?m)(?:^|[\\s\\[,{-])&\\S");

    private static final java.util.regex.Pattern KEY_LINE =
            java.util.regex.Pattern.compile("^([A-Za-z_][\\w.-]*)\\s*[:=]\\s?(.*)$");

    // Each "key: value" (or "key = value") line, the lines below it joined to its value.
    private static Map<String, String> lines(String block) {
        Map<String, String> fields = new LinkedHashMap<>();
        String key = "#";
        for (String line : block.split("\\R")) {
            java.util.regex.Matcher m = KEY_LINE.matcher(line);
            if (m.matches()) {
                key = m.group(1);
                // A key written twice ("Training: A.S." … "Training: certificate") keeps both values.
                fields.merge(key, unquoted(m.group(2).strip()), (a, b) -> a.isEmpty() ? b : b.isEmpty() ? a : a + " · " + b);
            } else if (!line.isBlank() && !line.strip().startsWith("#")) { // comments are kept apart
                fields.merge(key, line.strip(), (a, b) -> a.isEmpty() ? b : a + " " + b);
            }
        }
        return fields;
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
                || value.startsWith("\"") && value.endsWith("\""))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    // Made once, on first use (a page without front matter loads neither); shared, as Jackson's
    // mappers are thread-safe once configured.
    private static final class Yaml {
        static final ObjectMapper MAPPER = new YAMLMapper();
    }

    private static final class Toml {
        static final ObjectMapper MAPPER = new TomlMapper();
    }

    private static String text(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        if (value.isValueNode()) {
            return Words.collapse(value.asText());
        }
        // A list reads as its items ("ausbildung, bewerbung"); a map as its values, an FAQ's
        // question then its answer ("Was verdient …? — Das Durchschnittsgehalt …"), never as JSON.
        boolean ofMaps = value.isArray() && value.size() > 0 && value.get(0).isObject();
        var joined = new StringBuilder();
        for (JsonNode item : value) {
            String part = text(item);
            if (!part.isEmpty()) {
                joined.append(joined.length() == 0 ? "" : value.isObject() ? " — " : ofMaps ? " · " : ", ").append(part);
            }
        }
        return joined.toString();
    }

    private static String blankLines(String text, int end) {
        var blank = new StringBuilder();
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                blank.append(c);
            }
        }
        return blank.toString();
    }

}
