package dev.careers.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The XML writer, the package paths and the spool under the workbook's parts. */
class XlsxXmlWriterTest {

    @Test
    void escapesMarkupAndReplacesCharactersXmlForbids() {
        var out = new StringWriter();
        new XmlWriter(out).start("t").attribute("a", "x\"<&>\n\t").text("a<b & c> \"q\" \u0007 \uD800 \uFFFE \uD83D\uDE00 \r")
                .end().finish();
        assertThat(out).hasToString("<t a=\"x&quot;&lt;&amp;&gt;&#10;&#9;\">a&lt;b &amp; c&gt; \"q\" \uFFFD \uFFFD \uFFFD "
                + "\uD83D\uDE00 &#13;</t>");
    }

    @Test
    void writesEmptyElementsShortAndRefusesUnclosedOnes() {
        var out = new StringWriter();
        var xml = new XmlWriter(out).start("a").empty("b", "val", 1).start("c").end().element("d", "");
        assertThatThrownBy(xml::finish).hasMessageContaining("[a]");
        xml.end().finish();
        assertThat(out).hasToString("<a><b val=\"1\"/><c/><d></d></a>");
    }

    @Test
    void numbersAreWrittenAsSpreadsheetsWriteThem() {
        assertThat(XmlWriter.number(45000)).isEqualTo("45000");
        assertThat(XmlWriter.number(45.5)).isEqualTo("45.5");
        assertThat(XmlWriter.number(-3)).isEqualTo("-3");
        assertThat(XmlWriter.number(1e20)).isEqualTo("1.0E20");
    }

    @Test
    void relationshipTargetsAreRelativeToTheSourcePart() {
        assertThat(PackageWriter.relative("xl/worksheets/sheet1.xml", "xl/tables/table1.xml")).isEqualTo("../tables/table1.xml");
        assertThat(PackageWriter.relative("xl/workbook.xml", "xl/worksheets/sheet1.xml")).isEqualTo("worksheets/sheet1.xml");
        assertThat(PackageWriter.relative(PackageWriter.ROOT, "xl/workbook.xml")).isEqualTo("xl/workbook.xml");
    }

    @Test
    void columnNamesFollowExcelsLetters() {
        assertThat(SheetWriter.columnName(0)).isEqualTo("A");
        assertThat(SheetWriter.columnName(25)).isEqualTo("Z");
        assertThat(SheetWriter.columnName(26)).isEqualTo("AA");
        assertThat(SheetWriter.columnName(16_383)).isEqualTo("XFD");
    }

    @Test
    void aSpoolSpillsLongTextToAFileAndGivesItBackWhole() throws IOException {
        var text = new StringBuilder();
        try (var spool = new TextSpool(100)) {
            for (int i = 0; i < 1_000; i++) {
                String piece = "<row r=\"" + i + "\">é\uD83D\uDE00</row>";
                spool.write(piece);
                text.append(piece);
            }
            assertThat(spool.spilled()).isTrue();
            var copy = new StringWriter();
            spool.copyTo(copy);
            assertThat(copy).hasToString(text.toString());
        }
    }
}
