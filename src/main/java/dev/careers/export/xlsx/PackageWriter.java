package dev.careers.export.xlsx;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an Open Packaging Conventions package (the zip of an {@code .xlsx}) one part at a time:
 * the content types and relationship parts are derived from the parts and relationships added,
 * and every zip entry carries the same time, so that the same content gives the same bytes. The
 * relationship parts and {@code [Content_Types].xml} come last, once every part is known (as
 * openpyxl writes them too); readers find entries through the zip's central directory. Not
 * thread-safe; one per export. Closing it finishes the zip but does not close the caller's stream.
 *
 * @see <a href="https://ecma-international.org/publications-and-standards/standards/ecma-376/">ECMA-376 Part 2</a>
 */
final class PackageWriter implements AutoCloseable {
    /** The source of the package's own relationships ({@code _rels/.rels}). */
    static final String ROOT = "";

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String RELATIONSHIPS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
    // Zip (DOS) times cover 1980 to 2107; a timestamp outside is clamped rather than refused.
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    /** One relationship of a part; {@code external} targets are URLs, not parts. */
    private record Relationship(String id, String type, String target, boolean external) {}

    private final ZipOutputStream zip;
    private final LocalDateTime time;
    private final Map<String, String> contentTypes = new LinkedHashMap<>();
    private final Map<String, List<Relationship>> relationships = new LinkedHashMap<>();

    PackageWriter(OutputStream out, Instant time) {
        this.zip = new ZipOutputStream(new NonClosing(out));
        this.time = clamp(LocalDateTime.ofInstant(time, ZoneOffset.UTC));
    }

    /**
     * Writes a part: its XML goes straight into the zip, so only one part is written at a time.
     *
     * @param name the part name without its leading slash ({@code xl/workbook.xml})
     */
    void part(String name, String contentType, Consumer<XmlWriter> content) {
        if (contentTypes.putIfAbsent(name, contentType) != null) {
            throw new IllegalStateException("part " + name + " is written twice");
        }
        entry(name, content);
    }

    /**
     * Relates a source part to a target part and returns the relationship's id ({@code rId1}),
     * unique within the source.
     *
     * @param source the source part's name, or {@link #ROOT}
     * @param target the target part's name, from the package root
     */
    String relate(String source, String type, String target) {
        return add(source, type, relative(source, target), false);
    }

    /** Relates a part to something outside the package, such as a web address. */
    String relateExternal(String source, String type, String url) {
        return add(source, type, url, true);
    }

    private void writeRelationships(String source) {
        List<Relationship> list = relationships.get(source);
        if (list == null || list.isEmpty()) {
            return;
        }
        entry(relationshipsName(source), xml -> {
            xml.start("Relationships").attribute("xmlns", RELATIONSHIPS);
            for (Relationship relationship : list) {
                xml.start("Relationship").attribute("Id", relationship.id())
                        .attribute("Type", relationship.type()).attribute("Target", relationship.target());
                if (relationship.external()) {
                    xml.attribute("TargetMode", "External");
                }
                xml.end();
            }
            xml.end();
        });
        relationships.put(source, List.of()); // written: a later relate() fails
    }

    /** Writes the relationships not written yet and the content types, and finishes the zip. */
    @Override
    public void close() throws IOException {
        try {
            for (String source : List.copyOf(relationships.keySet())) {
                writeRelationships(source);
            }
            entry("[Content_Types].xml", xml -> {
                xml.start("Types").attribute("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
                xml.start("Default").attribute("Extension", "rels").attribute("ContentType", RELATIONSHIPS_TYPE).end();
                xml.start("Default").attribute("Extension", "xml").attribute("ContentType", "application/xml").end();
                contentTypes.forEach((name, type) ->
                        xml.start("Override").attribute("PartName", "/" + name).attribute("ContentType", type).end());
                xml.end();
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        zip.close();
    }

    private String add(String source, String type, String target, boolean external) {
        List<Relationship> list = relationships.computeIfAbsent(source, s -> new ArrayList<>());
        if (list instanceof ArrayList<Relationship> open) {
            String id = "rId" + (open.size() + 1);
            open.add(new Relationship(id, type, target, external));
            return id;
        }
        throw new IllegalStateException("the relationships of " + source + " are already written");
    }

    private void entry(String name, Consumer<XmlWriter> content) {
        try {
            var entry = new ZipEntry(name);
            // Local time without a zone: the same bytes whatever the machine's time zone.
            entry.setTimeLocal(time);
            zip.putNextEntry(entry);
            var writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 8192);
            var xml = new XmlWriter(writer).declaration();
            content.accept(xml);
            xml.finish();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // "xl/_rels/workbook.xml.rels" for "xl/workbook.xml", "_rels/.rels" for the package.
    private static String relationshipsName(String source) {
        int slash = source.lastIndexOf('/');
        return source.substring(0, slash + 1) + "_rels/" + source.substring(slash + 1) + ".rels";
    }

    // "../tables/table1.xml" from "xl/worksheets/sheet1.xml" to "xl/tables/table1.xml".
    static String relative(String source, String target) {
        String[] from = source.split("/");
        String[] to = target.split("/");
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        var path = new StringBuilder();
        for (int i = common; i < from.length - 1; i++) {
            path.append("../");
        }
        for (int i = common; i < to.length; i++) {
            path.append(to[i]).append(i < to.length - 1 ? "/" : "");
        }
        return path.toString();
    }

    private static LocalDateTime clamp(LocalDateTime time) {
        if (time.isBefore(EARLIEST)) {
            return EARLIEST;
        }
        return time.isAfter(LATEST) ? LATEST : time.withNano(0);
    }

    /** Lets the zip stream be closed (to release its deflater) without closing the caller's stream. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
