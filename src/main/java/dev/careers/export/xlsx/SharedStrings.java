package dev.careers.export.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook's shared strings: each distinct short text is stored once and cells refer to it by
 * number, as Excel itself writes workbooks. Longer texts (a career's paragraphs) are rarely
 * repeated and stay in their cells, so that memory does not grow with every paragraph of a large
 * document. Not thread-safe; one per workbook.
 */
final class SharedStrings {
    static final String PART = "xl/sharedStrings.xml";
    static final String CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    /** The longest text shared; longer ones are written in their cell. */
    static final int MAX_SHARED_CHARS = 200;

    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<String> strings = new ArrayList<>();
    private int references;

    /** The number of a text in the table, adding it when new; -1 for a text kept in its cell. */
    int indexOf(String text) {
        if (text.length() > MAX_SHARED_CHARS) {
            return -1;
        }
        references++;
        return indexes.computeIfAbsent(text, t -> {
            strings.add(t);
            return strings.size() - 1;
        });
    }

    /** Writes the table, if any cell refers to it, related to the workbook. */
    void write(PackageWriter pkg) {
        if (strings.isEmpty()) {
            return;
        }
        pkg.relate(WorkbookPart.PART,
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings", PART);
        pkg.part(PART, CONTENT_TYPE, xml -> {
            xml.start("sst").attribute("xmlns", SheetWriter.MAIN_NAMESPACE).attribute("count", references)
                    .attribute("uniqueCount", strings.size());
            for (String text : strings) {
                xml.start("si");
                Row.writeText(xml, text);
                xml.end();
            }
            xml.end();
        });
    }
}
