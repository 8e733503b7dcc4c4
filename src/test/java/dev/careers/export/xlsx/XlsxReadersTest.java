package dev.careers.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careers.export.ExportOptions;
import dev.careers.model.CareerDocument;
import dev.careers.parse.CareerParser;
import dev.careers.testing.ExternalTool;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the workbooks with independent readers: LibreOffice opens, recalculates and saves each one,
 * and openpyxl reads both the original (cached values) and LibreOffice's copy (recalculated
 * values). One soffice run and two python runs serve every check, since each start costs seconds.
 *
 * <p>Some workbooks are also given to LibreOffice with the rows of their Comparison table reversed
 * by openpyxl, as a person sorting the table would move them: their recalculated Overview must
 * not change.
 */
class XlsxReadersTest {
    private static final String PYTHON = "/usr/bin/python3";
    // Makes LibreOffice recalculate every formula of an .xlsx on load (default: never), so that its
    // copy holds its own results rather than ours.
    private static final String RECALCULATE_ALWAYS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
            xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" \
            oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """;
    private static final Map<String, String> CURRENCY_TAGS =
            Map.of("EUR", "[$€-", "USD", "[$$-", "GBP", "[$£-", "CHF", "[$CHF-");

    @TempDir
    static Path dir;

    /** Workbooks whose Comparison rows are reversed before LibreOffice recalculates them. */
    private static final List<String> SORTED = List.of("sample", "mixed", "english", "combined");

    private static final Map<String, Path> workbooks = new LinkedHashMap<>();
    private static final Map<String, Path> reversed = new LinkedHashMap<>();
    private static JsonNode dump;

    @BeforeAll
    static void exportAndRead() throws Exception {
        ExternalTool.require("soffice");
        ExternalTool.require(PYTHON);
        var options = XlsxExporterTest.options();
        var exporter = new XlsxExporter();
        for (var entry : documents().entrySet()) {
            Path file = dir.resolve(entry.getKey() + ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                exporter.export(entry.getValue(), options, out);
            }
            workbooks.put(entry.getKey(), file);
        }
        Path combined = dir.resolve("combined.xlsx");
        try (OutputStream out = Files.newOutputStream(combined)) {
            exporter.exportCombined(List.copyOf(documents().values()), options, out);
        }
        workbooks.put("combined", combined);

        var reverseCommand = new ArrayList<>(List.of(PYTHON, tool("xlsx_reverse.py").toString()));
        for (String name : SORTED) {
            Path copy = dir.resolve("reversed-" + name + ".xlsx");
            reverseCommand.add(workbooks.get(name).toString());
            reverseCommand.add(copy.toString());
            reversed.put(name, copy);
        }
        ExternalTool.run(reverseCommand.toArray(String[]::new));

        Path profile = dir.resolve("lo-profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), RECALCULATE_ALWAYS);
        Path recalculated = Files.createDirectories(dir.resolve("recalculated"));
        var command = new ArrayList<>(List.of("soffice", "--headless", "--norestore",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", "xlsx",
                "--outdir", recalculated.toString()));
        workbooks.values().forEach(p -> command.add(p.toString()));
        reversed.values().forEach(p -> command.add(p.toString()));
        ExternalTool.run(command.toArray(String[]::new));

        var dumpCommand = new ArrayList<>(List.of(PYTHON, tool("xlsx_dump.py").toString()));
        for (Path file : concat(workbooks.values(), reversed.values())) {
            Path copy = recalculated.resolve(file.getFileName());
            assertThat(copy).as("LibreOffice converted " + file.getFileName()).exists();
            dumpCommand.add(file.toString());
            dumpCommand.add(copy.toString());
        }
        dump = new ObjectMapper().readTree(ExternalTool.run(dumpCommand.toArray(String[]::new)).stdout());
    }

    @Test
    void recalculatedFormulaValuesEqualTheCachedOnes() {
        var soft = new SoftAssertions();
        int formulas = 0;
        for (var workbook : workbooks.keySet()) {
            for (JsonNode sheet : sheets(workbook)) {
                for (var cell : cells(sheet)) {
                    JsonNode value = cell.getValue();
                    if (value.get("formula").isNull()) {
                        continue;
                    }
                    formulas++;
                    String where = workbook + "/" + sheet.get("name").asText() + "!" + cell.getKey()
                            + " " + value.get("formula").asText();
                    soft.assertThat(comparable(value.get("recalculated"))).as(where)
                            .isEqualTo(comparable(value.get("value")));
                }
            }
        }
        soft.assertAll();
        assertThat(formulas).isGreaterThan(100);
    }

    @Test
    void sortingTheComparisonTableLeavesTheOverviewUnchanged() {
        var soft = new SoftAssertions();
        int formulas = 0;
        for (String name : SORTED) {
            JsonNode original = sheets(name).get(0).get("cells");
            JsonNode sorted = dump.get(reversed.get(name).toString()).get("sheets").get(0).get("cells");
            // The rows did move: the first data row now holds the last career.
            int last = 1;
            while (original.has("A" + (last + 1))) {
                last++;
            }
            soft.assertThat(comparable(sorted.get("A2").get("value"))).as(name + " reversed")
                    .isEqualTo(comparable(original.get("A" + last).get("value"))).isNotEqualTo(comparable(original.get("A2").get("value")));
            soft.assertThat(comparable(sorted.get("A" + last).get("value"))).as(name + " reversed")
                    .isEqualTo(comparable(original.get("A2").get("value")));
            JsonNode overview = sheets(name).get(1).get("cells");
            JsonNode recalculated = dump.get(reversed.get(name).toString()).get("sheets").get(1).get("cells");
            for (var cell : cells(sheets(name).get(1))) {
                if (cell.getValue().get("formula").isNull()) {
                    continue;
                }
                formulas++;
                String where = name + " sorted: Overview!" + cell.getKey() + " " + cell.getValue().get("formula").asText();
                soft.assertThat(comparable(recalculated.get(cell.getKey()).get("recalculated"))).as(where)
                        .isEqualTo(comparable(overview.get(cell.getKey()).get("value")));
            }
        }
        soft.assertAll();
        assertThat(formulas).isGreaterThan(100);
    }

    @Test
    void amountsAreNumbersInTheirCurrencyFormat() {
        var soft = new SoftAssertions();
        int amounts = 0;
        for (var workbook : workbooks.keySet()) {
            JsonNode sheet = sheets(workbook).get(0);
            Map<String, String> header = header(sheet);
            String min = columnOf(header, labelsOf("xlsx.col.min"));
            String max = columnOf(header, labelsOf("xlsx.col.max"));
            String currencyColumn = columnOf(header, labelsOf("xlsx.col.currency"));
            for (int row = 2; sheet.get("cells").has(min + row) || hasRow(sheet, row); row++) {
                JsonNode currency = sheet.get("cells").get(currencyColumn + row);
                for (String column : List.of(min, max)) {
                    JsonNode amount = sheet.get("cells").get(column + row);
                    if (amount == null) {
                        continue;
                    }
                    amounts++;
                    String where = workbook + "!" + column + row;
                    soft.assertThat(amount.get("type").asText()).as(where).isEqualTo("n");
                    soft.assertThat(amount.get("value").isNumber()).as(where).isTrue();
                    String format = amount.get("format").asText();
                    if (currency == null) {
                        soft.assertThat(format).as(where).doesNotContain("[$");
                    } else if (CURRENCY_TAGS.containsKey(currency.get("value").asText())) {
                        soft.assertThat(format).as(where).contains(CURRENCY_TAGS.get(currency.get("value").asText()));
                    }
                }
            }
        }
        soft.assertAll();
        assertThat(amounts).isGreaterThan(20);
    }

    @Test
    void comparisonIsAStyledTableWithAFilterAndAFrozenHeader() {
        for (var workbook : workbooks.keySet()) {
            JsonNode sheet = sheets(workbook).get(0);
            assertThat(sheet.get("freeze").asText()).as(workbook).isEqualTo("A2");
            JsonNode table = sheet.get("tables").get(0);
            assertThat(table.get("style").asText()).as(workbook).isEqualTo("TableStyleMedium2");
            assertThat(table.get("autoFilter").asText()).as(workbook).isEqualTo(table.get("ref").asText());
        }
    }

    @Test
    void formulaLikeTextStaysTextForEveryReader() {
        int checked = 0;
        for (JsonNode sheet : sheets("mixed")) {
            for (var cell : cells(sheet)) {
                JsonNode value = cell.getValue();
                String text = value.get("value").asText();
                if (value.get("formula").isNull() && value.get("type").asText().equals("s")
                        && SafeText.looksLikeFormula(text)) {
                    checked++;
                    assertThat(value.get("quote").asBoolean()).as(text).isTrue();
                    assertThat(value.get("recalculatedType").asText()).as("after LibreOffice: " + text).isEqualTo("s");
                    assertThat(value.get("recalculated").asText()).isEqualTo(text);
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(6);
    }

    @Test
    void sheetNamesAndPropertiesFollowTheDocument() {
        assertThat(sheets("mixed")).extracting(s -> s.get("name").asText())
                .containsExactly("Comparaison", "Vue d'ensemble", "Détails", "Sources", "Diagnostics");
        assertThat(sheets("english")).extracting(s -> s.get("name").asText())
                .containsExactly("Comparison", "Overview", "Details", "Sources");
        JsonNode properties = dump.get(workbooks.get("sample").toString()).get("properties");
        assertThat(properties.get("title").asText()).isNotBlank();
        assertThat(properties.get("creator").asText()).startsWith("careers ");
        assertThat(properties.get("language").asText()).isEqualTo("fr");
        assertThat(properties.get("created").asText()).isEqualTo("2024-01-02 03:04:05");
    }

    @Test
    void sampleOverviewHasOneRowPerCareerWithItsRange() {
        JsonNode cells = sheets("sample").get(1).get("cells");
        assertThat(cells.get("A1").get("value").asText()).isEqualTo("Salaires en EUR, par an");
        assertThat(cells.get("A3").get("value").asText()).contains("Data Scientist");
        assertThat(cells.get("B3").get("value").asDouble()).isEqualTo(45_000);
        assertThat(cells.get("C3").get("value").asDouble()).isEqualTo(100_000);
        assertThat(cells.get("B5").get("value").asDouble()).isEqualTo(50_000);
        assertThat(cells.get("C5").get("value").asDouble()).isEqualTo(300_000);
    }

    private static Map<String, CareerDocument> documents() throws IOException, URISyntaxException {
        var documents = new LinkedHashMap<String, CareerDocument>();
        documents.put("mixed", XlsxSamples.mixed());
        documents.put("english", XlsxSamples.english());
        documents.put("empty", XlsxSamples.empty());
        var parser = CareerParser.create();
        Path sample = resource("fixtures/sample-metiers-ia.md");
        documents.put("sample", parser.parse(sample));
        // Every parser fixture too: LibreOffice must open each workbook and agree with its values.
        try (Stream<Path> files = Files.list(sample.getParent())) {
            for (Path md : files.filter(p -> p.toString().endsWith(".md") && !p.equals(sample)).sorted().toList()) {
                documents.put("fixture-" + md.getFileName().toString().replace(".md", ""), parser.parse(md));
            }
        }
        return documents;
    }

    private static Path resource(String name) throws URISyntaxException {
        URL url = XlsxReadersTest.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("test resource " + name + " is missing");
        }
        return Path.of(url.toURI());
    }

    private static Path tool(String name) {
        Path path = Path.of("src/test/tools", name);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("test tool " + path.toAbsolutePath() + " is missing");
        }
        return path;
    }

    private static List<Path> concat(java.util.Collection<Path> first, java.util.Collection<Path> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<JsonNode> sheets(String workbook) {
        var list = new ArrayList<JsonNode>();
        dump.get(workbooks.get(workbook).toString()).get("sheets").forEach(list::add);
        return list;
    }

    private static List<Map.Entry<String, JsonNode>> cells(JsonNode sheet) {
        var list = new ArrayList<Map.Entry<String, JsonNode>>();
        Iterator<Map.Entry<String, JsonNode>> fields = sheet.get("cells").fields();
        fields.forEachRemaining(list::add);
        return list;
    }

    // Header text -> column letter, from row 1.
    private static Map<String, String> header(JsonNode sheet) {
        var header = new LinkedHashMap<String, String>();
        for (var cell : cells(sheet)) {
            if (cell.getKey().matches("[A-Z]+1")) {
                header.put(cell.getValue().get("value").asText(), cell.getKey().replace("1", ""));
            }
        }
        return header;
    }

    // A column's header in each of the workbook languages.
    private static String[] labelsOf(String key) {
        return dev.careers.model.Languages.SUPPORTED.stream()
                .map(language -> dev.careers.export.internal.Labels.of(language).get(key)).distinct().toArray(String[]::new);
    }

    private static String columnOf(Map<String, String> header, String... names) {
        for (String name : names) {
            if (header.containsKey(name)) {
                return header.get(name);
            }
        }
        throw new AssertionError("none of the headers " + List.of(names) + " in " + header.keySet());
    }

    private static boolean hasRow(JsonNode sheet, int row) {
        return cells(sheet).stream().anyMatch(c -> c.getKey().matches("[A-Z]+" + row));
    }

    // openpyxl gives 52500 from LibreOffice and 52500.0 from POI, and None or "" for empty text.
    private static Object comparable(JsonNode value) {
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
            return "";
        }
        if (value.isNumber()) {
            return Math.round(value.asDouble() * 1_000_000) / 1_000_000.0;
        }
        return value.asText();
    }
}
