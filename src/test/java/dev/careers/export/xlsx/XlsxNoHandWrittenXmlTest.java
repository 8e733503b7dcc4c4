package dev.careers.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: POI writes every part of the workbook. No source of the exporter holds XML markup or
 * writes a zip entry of its own; the one zip writer only copies POI's entries with fixed times.
 */
class XlsxNoHandWrittenXmlTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/careers/export/xlsx");
    // A string literal that opens or closes an element: "<c:chart", "</row>", "<?xml".
    private static final String NAMESPACES = "schemas.openxmlformats.org";
    private static final Pattern MARKUP = Pattern.compile("\"[^\"\\n]*</?[?A-Za-z][\\w:.-]*[\\s>/\"]");

    @Test
    void noExporterSourceHoldsXmlMarkupOrNamesAnOoxmlNamespace() throws IOException {
        for (Path source : sources()) {
            String raw = Files.readString(source);
            String code = raw.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
            assertThat(MARKUP.matcher(code).find()).as(source + " holds XML markup").isFalse();
            // Element-by-element writers name their namespaces; POI knows its own.
            assertThat(raw).as(source.toString()).doesNotContain(NAMESPACES);
        }
    }

    @Test
    void onlyTheTimestampCopyWritesZipEntries() throws IOException {
        for (Path source : sources()) {
            boolean writesZip = Files.readString(source).contains("ZipOutputStream");
            assertThat(writesZip).as(source.toString()).isEqualTo(source.endsWith("ReproducibleZip.java"));
        }
    }

    @Test
    void theCheckFindsMarkup() {
        // The check must be able to fail on what the hand-written writers held.
        assertThat(MARKUP.matcher("xml.append(\"<c:chartSpace xmlns:c=\\\"").find()).isTrue();
        assertThat(MARKUP.matcher("String s = \"</row>\";").find()).isTrue();
        assertThat(MARKUP.matcher("String s = \"<?xml version\";").find()).isTrue();
        assertThat(MARKUP.matcher("if (a < b && \"x\".isEmpty())").find()).isFalse();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            assertThat(list).hasSizeGreaterThan(10);
            return list;
        }
    }
}
