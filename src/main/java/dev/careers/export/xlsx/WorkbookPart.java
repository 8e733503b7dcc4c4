package dev.careers.export.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook part: its sheets, in the order they are added, each related to its worksheet part.
 * Not thread-safe; one per workbook. Closing it deletes what sheets left in temporary files when
 * an export fails before they are written.
 */
final class WorkbookPart implements AutoCloseable {
    static final String PART = "xl/workbook.xml";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private final PackageWriter pkg;
    private final SharedStrings sharedStrings = new SharedStrings();
    private final Map<String, String> sheets = new LinkedHashMap<>(); // name -> relationship id
    private final List<SheetWriter> writers = new ArrayList<>();

    WorkbookPart(PackageWriter pkg) {
        this.pkg = pkg;
    }

    /** Adds a sheet; the first one added is shown when the workbook opens. */
    SheetWriter addSheet(String name) {
        if (sheets.containsKey(name)) {
            throw new IllegalArgumentException("a sheet is already named " + name);
        }
        String part = "xl/worksheets/sheet" + (sheets.size() + 1) + ".xml";
        sheets.put(name, pkg.relate(PART, RELATIONSHIPS + "worksheet", part));
        var writer = new SheetWriter(pkg, sharedStrings, part, sheets.size() == 1);
        writers.add(writer);
        return writer;
    }

    /** Writes the workbook part, related to the styles and the shared strings. */
    void write(Styles styles) {
        sharedStrings.write(pkg);
        styles.write(pkg);
        pkg.relate(PART, RELATIONSHIPS + "styles", Styles.PART);
        pkg.part(PART, CONTENT_TYPE, xml -> {
            xml.start("workbook").attribute("xmlns", SheetWriter.MAIN_NAMESPACE)
                    .attribute("xmlns:r", SheetWriter.RELATIONSHIP_NAMESPACE);
            xml.start("workbookPr").end();
            xml.start("bookViews").empty("workbookView", "activeTab", 0).end();
            xml.start("sheets");
            int id = 1;
            for (var sheet : sheets.entrySet()) {
                xml.start("sheet").attribute("name", sheet.getKey()).attribute("sheetId", id++)
                        .attribute("r:id", sheet.getValue()).end();
            }
            xml.end().end();
        });
    }

    @Override
    public void close() {
        writers.forEach(SheetWriter::discard);
    }
}
