package dev.careers.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careers.export.ExportOptions;
import dev.careers.export.Exporter;
import dev.careers.model.CareerDocument;
import dev.careers.model.Diagnostic;
import dev.careers.model.Level;
import dev.careers.model.Period;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Checks the workbook read back in-process; {@link XlsxReadersTest} reads it with other tools. */
class XlsxExporterTest {
    private static final Instant TIME = Instant.parse("2024-01-02T03:04:05Z");

    @Test
    void isRegisteredAsAServiceAndSupportsCombined() {
        var formats = new ArrayList<String>();
        ServiceLoader.load(Exporter.class).forEach(e -> formats.add(e.format()));
        assertThat(formats).contains("xlsx");
        var exporter = new XlsxExporter();
        assertThat(exporter.extension()).isEqualTo("xlsx");
        assertThat(exporter.binary()).isTrue();
        assertThat(exporter.supportsCombined()).isTrue();
    }

    @Test
    void twoExportsWithTheSameTimestampAreByteIdentical() throws IOException {
        byte[] first = export(XlsxSamples.mixed(), options());
        byte[] second = export(XlsxSamples.mixed(), options());
        assertThat(second).isEqualTo(first);
        assertThat(export(XlsxSamples.mixed(), ExportOptions.defaults(TIME.plusSeconds(2)))).isNotEqualTo(first);
    }

    @Test
    void bytesDoNotDependOnTheDefaultLocaleOrTimeZone() throws IOException {
        byte[] expected = export(XlsxSamples.mixed(), options());
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            assertThat(export(XlsxSamples.mixed(), options())).isEqualTo(expected);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void zipEntriesCarryTheTimestampNotTheCurrentTime() throws IOException {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(export(XlsxSamples.mixed(), options())))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getTimeLocal()).as(entry.getName()).hasToString("2024-01-02T03:04:04");
            }
        }
    }

    @Test
    void doesNotCloseTheOutputStream() throws IOException {
        var closed = new boolean[1];
        OutputStream out = new FilterOutputStream(new ByteArrayOutputStream()) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new XlsxExporter().export(XlsxSamples.english(), options(), out);
        new XlsxExporter().exportCombined(List.of(XlsxSamples.english()), options(), out);
        assertThat(closed[0]).isFalse();
    }

    @Test
    void aFailingStreamFailsTheExportWithItsIOException() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> new XlsxExporter().export(XlsxSamples.english(), options(), broken))
                .isInstanceOf(IOException.class).hasMessageContaining("disk full");
    }

    @Test
    void sheetsAndHeadersFollowTheDocumentLanguage() throws IOException {
        try (var workbook = read(export(XlsxSamples.mixed(), options()))) {
            assertThat(sheetNames(workbook))
                    .containsExactly("Comparaison", "Vue d'ensemble", "Détails", "Sources", "Diagnostics");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("N° métier");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Métier");
        }
        try (var workbook = read(export(XlsxSamples.english(), options()))) {
            // No diagnostics: no Diagnostics sheet.
            assertThat(sheetNames(workbook)).containsExactly("Comparison", "Overview", "Details", "Sources");
        }
    }

    @Test
    void germanAndItalianWorkbooksGetTheirOwnWordsAndEuroFormats() throws IOException {
        byte[] german = export(XlsxSamples.inLanguage(XlsxSamples.mixed(), "de"), options());
        try (var workbook = read(german)) {
            assertThat(sheetNames(workbook)).containsExactly("Vergleich", "Übersicht", "Details", "Quellen", "Diagnosen");
            var header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Beruf Nr.");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Beruf");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Min.");
            var band = workbook.getSheetAt(0).getRow(1);
            assertThat(band.getCell(4).getStringCellValue()).isEqualTo("Junior");
            assertThat(band.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0 [$€-407]");
            assertThat(workbook.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
                    .contains("de");
        }
        assertThat(part(german, "xl/charts/chart1.xml"))
                .contains("<a:rPr lang=\"de\"/>", "Gehaltsspanne, EUR pro Jahr", "<c:v>Tiefstwert</c:v>",
                        "formatCode=\"#,##0 [$€-407]\"");
        try (var workbook = read(export(XlsxSamples.inLanguage(XlsxSamples.mixed(), "it"), options()))) {
            assertThat(sheetNames(workbook))
                    .containsExactly("Confronto", "Panoramica", "Dettagli", "Fonti", "Diagnostica");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("N. professione");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(5).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0 [$€-410]");
        }
    }

    @Test
    void formulaLikeTextStaysAStringCellWithAQuotePrefix() throws IOException {
        try (var workbook = read(export(XlsxSamples.mixed(), options()))) {
            XSSFSheet comparison = workbook.getSheet("Comparaison");
            XSSFCell career = comparison.getRow(7).getCell(1);
            assertThat(career.getCellType()).isEqualTo(CellType.STRING);
            assertThat(career.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(career.getCellStyle().getQuotePrefixed()).isTrue();
            var texts = new ArrayList<String>();
            workbook.getSheet("Détails").forEach(row -> row.forEach(cell -> {
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                texts.add(cell.getStringCellValue());
            }));
            assertThat(texts).contains("=1+1", "@cmd", "+33 1 23", "-moins", "pandas | =SUM(A1)");
        }
    }

    @Test
    void detailsNameSectionsWithTheAuthorsHeadingsElseOurLabels() throws IOException {
        try (var workbook = read(export(XlsxSamples.mixed(), options()))) {
            var sections = new ArrayList<String>();
            var details = workbook.getSheet("Détails");
            // The first career's block: from below its title row to the blank row after it.
            for (int r = 2; details.getRow(r) != null && details.getRow(r).getCell(1) != null; r++) {
                if (details.getRow(r).getCell(0) != null) {
                    sections.add(details.getRow(r).getCell(0).getStringCellValue());
                }
            }
            assertThat(sections).startsWith("Rôle et Responsabilités");
            assertThat(sections).contains("Défis", "Environnements de travail", "Demande des entreprises", "Outils")
                    .doesNotContain("Résumé", "Contraintes");
        }
    }

    @Test
    void controlCharactersAreReplacedAndOoxmlEscapesKept() throws IOException {
        try (var workbook = read(export(XlsxSamples.mixed(), options()))) {
            var texts = new ArrayList<String>();
            workbook.getSheet("Détails").forEach(row -> row.forEach(cell -> texts.add(cell.getStringCellValue())));
            assertThat(texts).contains("Sans titre\uFFFD avec contrôle", "Un paragraphe _x0041_ littéral.");
        }
    }

    @Test
    void overlongTextIsTruncatedWithAMarkerAndAWarning() throws IOException {
        CareerDocument document = XlsxSamples.english();
        var career = document.careers().get(0);
        String longText = "x".repeat(40_000);
        var longCareer = new dev.careers.model.Career(career.name(), null, career.line(), longText,
                List.of(), career.salary(), List.of(), List.of(), List.of(), List.of(), List.of());
        var withLong = new CareerDocument(document.schemaVersion(), document.source(), document.title(), null,
                "en", List.of(), List.of(longCareer), null, List.of(), List.of());
        var reported = new ArrayList<Diagnostic>();
        byte[] bytes = export(withLong, options().withDiagnostics(reported::add));
        assertThat(reported).extracting(Diagnostic::code).containsExactly("xlsx.truncated");
        try (var workbook = read(bytes)) {
            String cell = workbook.getSheet("Details").getRow(2).getCell(1).getStringCellValue();
            assertThat(cell).hasSize(SafeText.MAX_CELL_CHARS).endsWith("\u2026 [truncated]");
        }
    }

    @Test
    void aLongParagraphIsKeptWholeInItsCell() throws IOException {
        CareerDocument document = XlsxSamples.english();
        var career = document.careers().get(0);
        String paragraph = "y".repeat(5_000) + " _x0041_ " + "z".repeat(5_000);
        var withParagraph = new dev.careers.model.Career(career.name(), null, career.line(), paragraph,
                List.of(), career.salary(), List.of(), List.of(), List.of(), List.of(), List.of());
        byte[] bytes = export(new CareerDocument(document.schemaVersion(), document.source(), document.title(), null,
                "en", List.of(), List.of(withParagraph), null, List.of(), List.of()), options());
        try (var workbook = read(bytes)) {
            assertThat(workbook.getSheet("Details").getRow(2).getCell(1).getStringCellValue()).isEqualTo(paragraph);
        }
    }

    @Test
    void aLargeWorkbookStreamsItsRowsThroughTemporaryFilesAndDeletesThem() throws IOException {
        // Past WorkbookWriter.MEMORY_ROWS, POI's SXSSF spools rows to files under its temp folder.
        java.nio.file.Path folder = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        var before = tempFiles(folder);
        int careers = WorkbookWriter.MEMORY_ROWS / 10;
        byte[] bytes = export(XlsxSamples.large(careers), options());
        assertThat(tempFiles(folder)).as("POI's temporary files once the export is done").isEqualTo(before);
        try (var workbook = read(bytes)) {
            assertThat(workbook.getSheet("Comparison").getLastRowNum()).isGreaterThanOrEqualTo(careers);
        }
        assertThat(export(XlsxSamples.large(careers), options())).isEqualTo(bytes);
    }

    private static List<String> tempFiles(java.nio.file.Path folder) throws IOException {
        if (!java.nio.file.Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = java.nio.file.Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("poi-sxssf")).sorted().toList();
        }
    }

    @Test
    void cachedFormulaResultsEqualPoisEvaluation() throws IOException {
        var out = new ByteArrayOutputStream();
        new XlsxExporter().exportCombined(List.of(XlsxSamples.mixed(), XlsxSamples.english(),
                XlsxSamples.large(OverviewSheet.CHART_LIMIT + 5), XlsxSamples.scattered(600)), options(), out);
        int formulas = 0;
        try (var workbook = read(out.toByteArray())) {
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (var sheet : workbook) {
                for (var row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        formulas++;
                        var evaluated = evaluator.evaluate(cell);
                        String where = sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellFormula();
                        if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                            assertThat(evaluated.getNumberValue()).as(where).isEqualTo(cell.getNumericCellValue());
                        } else {
                            assertThat(evaluated.getStringValue()).as(where).isEqualTo(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertThat(formulas).isGreaterThan(500);
    }

    @Test
    void overviewFormulasSelectACareersBandsByValueNotByPosition() throws IOException {
        try (var workbook = read(export(XlsxSamples.scattered(600), options()))) {
            var row = workbook.getSheet("Overview").getRow(2);
            // Sort-proof, and as short for 600 scattered bands as for one.
            assertThat(row.getCell(1).getCellFormula()).isEqualTo("_xlfn.MINIFS(Bands[Min],Bands[Career no.],1,"
                    + "Bands[Currency],\"EUR\",Bands[Period],\"per year\",Bands[Min],\">=0\")");
            assertThat(row.getCell(4).getCellFormula()).isEqualTo("_xlfn.MINIFS(Bands[Min],Bands[Career no.],1,"
                    + "Bands[Currency],\"EUR\",Bands[Period],\"per year\",Bands[Level],\"Junior\",Bands[Min],\">=0\")");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(1000);
            assertThat(row.getCell(7).getCellFormula()).startsWith("_xlfn.MAXIFS(Bands[Max],");
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(2599);
        }
    }

    @Test
    void beyondTheFormulaLimitTheOverviewHoldsValuesAndSaysSo() throws IOException {
        int careers = OverviewSheet.FORMULA_LIMIT / 3 + 1; // 3 bands each
        try (var workbook = read(export(XlsxSamples.large(careers), options()))) {
            XSSFSheet overview = workbook.getSheet("Overview");
            assertThat(overview.getRow(0).getCell(0).getStringCellValue())
                    .startsWith("These amounts are values, not formulas: formulas over 1,503 salary bands");
            var first = overview.getRow(4);
            assertThat(first.getCell(0).getStringCellValue()).startsWith("Career number");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            // The row's own Range still is a formula: it does not scan the table.
            assertThat(first.getCell(3).getCellFormula()).isEqualTo("C5-B5");
        }
        try (var workbook = read(export(XlsxSamples.large(careers - 1), options()))) {
            assertThat(workbook.getSheet("Overview").getRow(2).getCell(1).getCellFormula()).startsWith("_xlfn.MINIFS(");
        }
    }

    @Test
    void theFileCarriesTheXlfnPrefixThatExcelNeedsForMinifs() throws IOException {
        String xml = part(export(XlsxSamples.english(), options()), "xl/worksheets/sheet2.xml");
        assertThat(xml).contains("<f>_xlfn.MINIFS(Bands[Min],", "<f>_xlfn.MAXIFS(Bands[Max],")
                .doesNotContain("<f>MINIFS", "<f>MAXIFS");
    }

    @Test
    void criteriaMatchTextExactly() {
        assertThat(OverviewSheet.criterion("EUR")).isEqualTo("\"EUR\"");
        assertThat(OverviewSheet.criterion(null)).isEqualTo("\"=\"");
        assertThat(OverviewSheet.criterion("Data*")).isEqualTo("\"Data~*\"");
        assertThat(OverviewSheet.criterion("<50k ~?")).isEqualTo("\"=<50k ~~~?\"");
        assertThat(OverviewSheet.criterion("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void chartLabelsAddTheDocumentOnlyWhenANameRepeats() {
        var labels = ChartLabels.of(List.of(
                new ChartLabels.Career("Data Scientist", "input/metiers-ia.md", 3, 1),
                new ChartLabels.Career("MLE", "input/metiers-ia.md", 20, 2),
                new ChartLabels.Career("Data Scientist", "other/cloud.md", 5, 3),
                new ChartLabels.Career("Analyst", "a/README.md", 3, 4),
                new ChartLabels.Career("Analyst", "b/README.md", 3, 5),
                new ChartLabels.Career("Twin", "x.md", 3, 6),
                new ChartLabels.Career("Twin", "x.md", 3, 7)));
        assertThat(labels).containsExactly("Data Scientist \u2014 metiers-ia", "MLE",
                "Data Scientist \u2014 cloud", "Analyst \u2014 a/README.md", "Analyst \u2014 b/README.md",
                "Twin \u2014 x.md:3 #6", "Twin \u2014 x.md:3 #7");
    }

    @Test
    void combinedChartsTellCareersOfTheSameNameApart() throws IOException {
        var other = XlsxSamples.english();
        var copy = new CareerDocument(other.schemaVersion(), "more/english-2024.md", other.title(), null, "en",
                List.of(), other.careers(), null, List.of(), List.of());
        var out = new ByteArrayOutputStream();
        new XlsxExporter().exportCombined(List.of(other, copy), options(), out);
        try (var workbook = read(out.toByteArray())) {
            XSSFSheet overview = workbook.getSheet("Overview");
            int label = 10; // Document, Career, 7 amounts, Chart bar, Chart label
            assertThat(overview.getRow(1).getCell(label).getStringCellValue()).isEqualTo("Chart label");
            assertThat(overview.isColumnHidden(label)).isTrue();
            assertThat(overview.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Data Engineer");
            assertThat(overview.getRow(2).getCell(label).getStringCellValue()).isEqualTo("Data Engineer \u2014 english");
            assertThat(overview.getRow(4).getCell(label).getStringCellValue())
                    .isEqualTo("Data Engineer \u2014 english-2024");
        }
        String chart = part(out.toByteArray(), "xl/charts/chart1.xml");
        assertThat(chart).contains("<c:v>Data Engineer \u2014 english</c:v>", "<c:v>Data Engineer \u2014 english-2024</c:v>")
                .contains("<c:f>'Overview'!$K$3:$K$6</c:f>");
    }

    @Test
    void aSingleAmountStillGetsAVisibleBarFromAHiddenHelperColumn() throws IOException {
        var single = XlsxSamples.band("Junior", Level.JUNIOR, "30000", "30000", "EUR", Period.YEAR, 3);
        var document = new CareerDocument(CareerDocument.SCHEMA_VERSION, "single.md", null, null, "en",
                List.of(), List.of(XlsxSamples.career("Intern", null, 1, List.of(single))), null, List.of(), List.of());
        try (var workbook = read(export(document, options()))) {
            XSSFSheet overview = workbook.getSheet("Overview");
            assertThat(overview.getRow(2).getCell(3).getNumericCellValue()).as("range").isZero();
            assertThat(overview.getRow(1).getCell(8).getStringCellValue()).isEqualTo("Chart bar");
            assertThat(overview.getRow(2).getCell(8).getNumericCellValue()).as("bar").isEqualTo(150);
            assertThat(overview.isColumnHidden(8)).isTrue();
        }
    }

    @Test
    void noCareersStillGivesAWorkbookThatSaysSo() throws IOException {
        var out = new ByteArrayOutputStream();
        new XlsxExporter().exportCombined(List.of(), options(), out);
        for (byte[] bytes : List.of(out.toByteArray(), export(XlsxSamples.empty(), options()))) {
            try (var workbook = read(bytes)) {
                assertThat(sheetNames(workbook)).containsExactly("Comparison", "Overview", "Details", "Sources");
                assertThat(workbook.getSheet("Overview").getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo("No salary band states an amount.");
                assertThat(workbook.getSheet("Comparison").getTables()).hasSize(1);
            }
        }
    }

    @Test
    void bandsWithoutAmountLeaveEmptyCellsAndEmptyFormulaResults() throws IOException {
        try (var workbook = read(export(XlsxSamples.mixed(), options()))) {
            var lead = workbook.getSheet("Comparaison").getRow(6);
            assertThat(lead.getCell(4).getStringCellValue()).isEqualTo("Lead");
            assertThat(lead.getCell(5)).isNull();
            assertThat(lead.getCell(6)).isNull();
            assertThat(lead.getCell(7).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(lead.getCell(7).getCachedFormulaResultType()).isEqualTo(CellType.STRING);
            assertThat(lead.getCell(7).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void eachCurrencyAndPeriodGetsItsOwnChart() throws IOException {
        // EUR/year, EUR/day, USD/year, GBP/year, CHF/month, USD/hour, unknown/year
        assertThat(chartParts(export(XlsxSamples.mixed(), options()))).hasSize(7);
        assertThat(chartParts(export(XlsxSamples.english(), options()))).containsExactly("xl/charts/chart1.xml");
    }

    @Test
    void linksOnlyWebAddresses() throws IOException {
        try (var workbook = read(export(XlsxSamples.mixed(), options()))) {
            XSSFSheet sources = workbook.getSheet("Sources");
            assertThat(sources.getRow(1).getCell(2).getHyperlink().getAddress())
                    .isEqualTo("https://www.deeplearningbook.org/");
            assertThat(sources.getRow(2).getCell(2).getHyperlink()).isNull();
            assertThat(sources.getRow(2).getCell(2).getStringCellValue()).isEqualTo("file:///etc/passwd");
        }
    }

    @Test
    void combinedWorkbookHasADocumentColumn() throws IOException {
        var out = new ByteArrayOutputStream();
        new XlsxExporter().exportCombined(List.of(XlsxSamples.mixed(), XlsxSamples.english()), options(), out);
        try (var workbook = read(out.toByteArray())) {
            XSSFSheet comparison = workbook.getSheet("Comparaison");
            assertThat(comparison.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Document");
            assertThat(comparison.getRow(1).getCell(1).getStringCellValue()).isEqualTo("samples/mixed.md");
            int last = comparison.getLastRowNum();
            assertThat(comparison.getRow(last).getCell(1).getStringCellValue()).isEqualTo("samples/english.md");
            // Career numbers run on across documents: they are the Overview's key.
            assertThat(comparison.getRow(last).getCell(0).getNumericCellValue()).isEqualTo(6);
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("Comparaison des métiers");
        }
    }

    @Test
    void aLargeGroupIsChartedByItsTopCareersWithANote() throws IOException {
        int count = OverviewSheet.CHART_LIMIT + 20;
        try (var workbook = read(export(XlsxSamples.large(count), options()))) {
            XSSFSheet overview = workbook.getSheet("Overview");
            String note = overview.getRow(2 + count).getCell(0).getStringCellValue();
            assertThat(note).isEqualTo("The chart shows the 50 careers with the highest amounts, out of 70.");
            double first = overview.getRow(2).getCell(2).getNumericCellValue();
            double last = overview.getRow(1 + count).getCell(2).getNumericCellValue();
            assertThat(first).isGreaterThanOrEqualTo(last);
        }
    }

    @Test
    void documentPropertiesComeFromTheDocumentAndOptions() throws IOException {
        try (var workbook = read(export(XlsxSamples.mixed(), options()))) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Les métiers de l'IA");
            assertThat(core.getCreator()).startsWith("careers ");
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("fr");
            assertThat(core.getCreated().toInstant()).isEqualTo(TIME);
            assertThat(core.getModified().toInstant()).isEqualTo(TIME);
        }
    }

    @Test
    void levelsMatchTheLabelBundle() throws IOException {
        // A band of every level and period writes without a missing label.
        var bands = new ArrayList<dev.careers.model.SalaryBand>();
        int line = 2;
        for (Level level : Level.values()) {
            for (Period period : Period.values()) {
                bands.add(XlsxSamples.band(level.id(), level, "10", "20", "EUR", period, line++));
            }
        }
        var document = new CareerDocument(CareerDocument.SCHEMA_VERSION, "all.md", null, null, "en",
                List.of(), List.of(XlsxSamples.career("All", null, 1, bands)), null, List.of(), List.of());
        assertThat(chartParts(export(document, options()))).hasSize(Period.values().length);
    }

    static ExportOptions options() {
        return ExportOptions.defaults(TIME);
    }

    static byte[] export(CareerDocument document, ExportOptions options) throws IOException {
        var out = new ByteArrayOutputStream();
        new XlsxExporter().export(document, options, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        var names = new ArrayList<String>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    static String part(byte[] bytes, String name) throws IOException {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no part " + name);
    }

    static List<String> chartParts(byte[] bytes) throws IOException {
        var names = new ArrayList<String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().matches("xl/charts/chart\\d+\\.xml")) {
                    names.add(entry.getName());
                }
            }
        }
        return names;
    }
}
