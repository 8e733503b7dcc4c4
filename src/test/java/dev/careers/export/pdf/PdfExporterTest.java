package dev.careers.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careers.export.ExportException;
import dev.careers.export.ExportOptions;
import dev.careers.export.Exporters;
import dev.careers.model.Career;
import dev.careers.model.CareerDocument;
import dev.careers.model.Diagnostic;
import dev.careers.model.Severity;
import dev.careers.model.Source;
import dev.careers.testing.ExternalTool;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the PDF exporter does with its settings, odd content and its stream. */
class PdfExporterTest {
    @TempDir
    Path temp;

    @Test
    void isRegisteredAsPdfWithCombinedSupport() {
        var exporter = Exporters.builtIn().get("pdf");
        assertThat(exporter).isInstanceOf(PdfExporter.class);
        assertThat(exporter.extension()).isEqualTo("pdf");
        assertThat(exporter.binary()).isTrue();
        assertThat(exporter.supportsCombined()).isTrue();
    }

    @Test
    void characterNoFontHasIsReportedOnceWithItsLine() {
        CareerDocument document = withCareer(SampleDocuments.metiersIa(), 0, career -> new Career(
                career.name() + " 漢", career.acronym(), career.line(), "Texte 漢 et 漢.",
                career.responsibilities(), career.salary(), career.constraints(), career.environments(),
                career.demand(), career.otherSections(), List.of()));
        List<Diagnostic> diagnostics = PdfFiles.export(document, Map.of()).diagnostics();
        assertThat(diagnostics).hasSize(1);
        Diagnostic warning = diagnostics.get(0);
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.code()).isEqualTo("pdf.missing-glyph");
        assertThat(warning.line()).isEqualTo(3);
        assertThat(warning.message()).contains("'漢' (U+6F22)", "Le Data Scientist");
    }

    @Test
    void symbolsMissingFromTheMainFontComeFromTheFallback() {
        Path pdf = PdfFiles.write("symbols", PdfFiles.export(SampleDocuments.english(1), Map.of()).bytes());
        assertThat(PdfFiles.export(SampleDocuments.english(1), Map.of()).diagnostics()).isEmpty();
        String text = PdfFiles.text(pdf);
        assertThat(text).contains("prompts → ships", "outputs ➜ reports", "£", "€", "$150,000 – $210,000",
                "$600 – $901+", "negotiable, equity");
        assertThat(ExternalTool.run("pdffonts", pdf.toString()).stdout()).contains("DejaVuSans");
    }

    @Test
    void greekAndCyrillicComeFromTheFallbackOfTheirWeight() throws IOException {
        Path source = temp.resolve("scripts.md");
        Files.writeString(source, "# Métiers\n\n## Ingénieur Ελληνικά Кириллица\n\nΡόλος и задачи.\n");
        CareerDocument document = dev.careers.parse.CareerParser.create().parse(source);
        Path pdf = PdfFiles.write("scripts", PdfFiles.export(document, Map.of()).bytes());
        assertThat(PdfFiles.text(pdf)).contains("Ingénieur Ελληνικά Кириллица", "Ρόλος и задачи.");
        // The career title is bold: its Greek and Cyrillic letters come from DejaVu Sans Bold.
        assertThat(ExternalTool.run("pdffonts", pdf.toString()).stdout())
                .contains("NotoSans-Bold", "NotoSans-Regular", "DejaVuSans-Bold", "DejaVuSans ");
    }

    @Test
    void labelsDatesAndAmountsFollowTheDocumentLanguage() {
        Path german = PdfFiles.write("language-de",
                PdfFiles.export(withLanguage(SampleDocuments.metiersIa(), "de"), Map.of()).bytes());
        assertThat(PdfFiles.text(german).replaceAll("[\\s\\u00A0\\u202F]+", " ")).contains(
                "Veröffentlicht am 1. Juni 2025", "Berufe", "Inhalt", "Seite 2 von ", "BERUF 1 VON 3",
                "Rolle und Aufgaben", "Herausforderungen", "Arbeitsumfeld", "Nachfrage der Unternehmen",
                "45.000 € – 60.000 €", "100.000 € – 300.000 €+", "pro Jahr", "Quellen")
                .doesNotContain("Sommaire", "Publié", "Contraintes", "45 000");
        assertThat(PdfFiles.info(german, "Subject")).startsWith("Berufsbroschüre: ");
        assertThat(PdfFiles.qdf(german)).contains("/Lang (de)");

        Path spanish = PdfFiles.write("language-es",
                PdfFiles.export(withLanguage(SampleDocuments.metiersIa(), "es"), Map.of()).bytes());
        assertThat(PdfFiles.text(spanish).replaceAll("[\\s\\u00A0\\u202F]+", " ")).contains(
                "Publicado el 1 de junio de 2025", "Profesiones", "Índice", "Página 2 de ", "PROFESIÓN 1 DE 3",
                "Rol y responsabilidades", "Desafíos", "Entornos de trabajo", "Demanda de las empresas",
                "45.000 € – 60.000 €", "al año", "Fuentes");
    }

    @Test
    void aPageWithItsOwnDateIsDatedByItAndItsSectionsAndDetailsFollowTheCareers() {
        CareerDocument sample = SampleDocuments.english(2);
        var document = new CareerDocument(sample.schemaVersion(), sample.source(), sample.title(), sample.logo(),
                sample.language(), Map.of("date", "2018-12-16", "author", "Ana Lima", "layout", "post"), "headings",
                sample.introduction(), sample.careers(),
                List.of(new dev.careers.model.OtherSection("Conclusion", List.of("Pick what fits."), List.of(),
                        List.of(), 40)), sample.sourcesHeading(), sample.sources(), sample.diagnostics());
        String text = PdfFiles.text(PdfFiles.write("page-date", PdfFiles.export(document, Map.of()).bytes()));
        assertThat(text).contains("Published December 16, 2018", "About the page", "Conclusion", "Pick what fits.",
                "Author", "Ana Lima");
        assertThat(text).doesNotContain("layout", "post");
    }

    @Test
    void aJobBoardsPostingDateWrittenDayFirstDatesTheBrochure() {
        CareerDocument sample = SampleDocuments.english(1);
        var document = new CareerDocument(sample.schemaVersion(), sample.source(), sample.title(), sample.logo(),
                sample.language(), Map.of("dateposted", "23-10-2022"), "headings", sample.introduction(),
                sample.careers(), sample.sections(), sample.sourcesHeading(), sample.sources(), sample.diagnostics());
        String text = PdfFiles.text(PdfFiles.write("posted-date", PdfFiles.export(document, Map.of()).bytes()));
        assertThat(text).contains("Published October 23, 2022");
    }

    @Test
    void pageSizeSettingChoosesLetterOrA4AnyCase() {
        Path letter = PdfFiles.write("letter",
                PdfFiles.export(SampleDocuments.metiersIa(), Map.of("page-size", "letter")).bytes());
        Path a4 = PdfFiles.write("a4", PdfFiles.export(SampleDocuments.metiersIa(), Map.of("page-size", "A4")).bytes());
        assertThat(PdfFiles.info(letter, "Page size")).contains("612 x 792");
        assertThat(PdfFiles.info(a4, "Page size")).contains("(A4)");
    }

    @Test
    void unknownPageSizeIsRefusedByName() {
        assertThatThrownBy(() -> PdfFiles.export(SampleDocuments.metiersIa(), Map.of("page-size", "B5")))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("page-size").hasMessageContaining("'B5'").hasMessageContaining("A4 or Letter");
    }

    @Test
    void themeFileSetsColoursFontsAndPageSize() throws IOException {
        Files.copy(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), temp.resolve("Regular.ttf"));
        Path theme = temp.resolve("brand.properties");
        Files.writeString(theme, "primary=#7A1F5C\naccent=#F2A900\ntext=#111111\nfont.regular=Regular.ttf\n"
                + "page-size=Letter\n");
        Path pdf = PdfFiles.write("theme", PdfFiles.export(SampleDocuments.metiersIa(),
                Map.of("theme", theme.toString())).bytes());
        assertThat(PdfFiles.info(pdf, "Page size")).contains("612 x 792");
        assertThat(ExternalTool.run("pdffonts", pdf.toString()).stdout()).contains("DejaVuSans", "NotoSans-Bold");
        // 7A1F5C as PDF fill colour operands: 0.47843 0.12157 0.36078 rg
        assertThat(PdfFiles.qdf(pdf)).containsPattern("0\\.478\\d* 0\\.121\\d* 0\\.360\\d* rg");
    }

    @Test
    void pageSizeSettingWinsOverTheTheme() throws IOException {
        Path theme = temp.resolve("letter.properties");
        Files.writeString(theme, "page-size=Letter\n");
        Path pdf = PdfFiles.write("theme-a4", PdfFiles.export(SampleDocuments.metiersIa(),
                Map.of("theme", theme.toString(), "page-size", "a4")).bytes());
        assertThat(PdfFiles.info(pdf, "Page size")).contains("(A4)");
    }

    @Test
    void themeWithUnknownKeyIsRefusedNamingFileKeyAndValue() throws IOException {
        Path theme = temp.resolve("typo.properties");
        Files.writeString(theme, "primray=#123456\n");
        assertThatThrownBy(() -> PdfFiles.export(SampleDocuments.metiersIa(), Map.of("theme", theme.toString())))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining(theme.toString()).hasMessageContaining("'primray'")
                .hasMessageContaining("'#123456'");
    }

    @Test
    void themeWithBadValuesIsRefusedNamingFileKeyAndValue() throws IOException {
        for (String line : List.of("accent=blue", "page-size=A3", "font.bold=missing.ttf", "logo=none.png",
                "font.regular=notes.txt")) {
            Path theme = temp.resolve("bad.properties");
            Files.writeString(theme, line + "\n");
            String key = line.substring(0, line.indexOf('='));
            String value = line.substring(line.indexOf('=') + 1);
            assertThatThrownBy(() -> PdfFiles.export(SampleDocuments.metiersIa(), Map.of("theme", theme.toString())))
                    .as(line)
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining(theme.toString())
                    .hasMessageContaining("'" + key + "'")
                    .hasMessageContaining("'" + value + "'");
        }
    }

    @Test
    void logoIsPlacedOnTheCover() throws IOException {
        Path png = temp.resolve("logo.png");
        var image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", png.toFile());
        var output = PdfFiles.export(withLogo(SampleDocuments.metiersIa(), png.toString()), Map.of());
        Path pdf = PdfFiles.write("logo", output.bytes());
        assertThat(output.diagnostics()).isEmpty();
        ExternalTool.require("pdfimages");
        assertThat(ExternalTool.run("pdfimages", "-list", "-f", "1", "-l", "1", pdf.toString()).stdout())
                .contains("200   100");
    }

    @Test
    void unreadableLogoIsReportedAndLeftOut() throws IOException {
        Path broken = temp.resolve("broken.png");
        Files.write(broken, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        var output = PdfFiles.export(withLogo(SampleDocuments.metiersIa(), broken.toString()), Map.of());
        assertThat(output.bytes()).isNotEmpty();
        assertThat(output.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("pdf.logo-unreadable");
            assertThat(d.message()).contains(broken.toString());
        });
    }

    @Test
    void longWordsAndLinksWrapInsteadOfRunningOffThePage() {
        String word = "Anticonstitutionnellement".repeat(12);
        String url = "https://example.org/" + "a-very-long-path-segment/".repeat(12) + "?q=1";
        CareerDocument document = withCareer(SampleDocuments.metiersIa(), 0, career -> new Career(
                career.name(), null, career.line(), "Début " + word + " fin.", career.responsibilities(),
                career.salary(), career.constraints(), career.environments(), career.demand(),
                career.otherSections(), List.of()));
        document = new CareerDocument(document.schemaVersion(), document.source(), document.title(), null,
                document.language(), document.introduction(), document.careers(),
                null,
                List.of(new Source("Un lien", url, 70)), List.of());
        Path pdf = PdfFiles.write("long-words", PdfFiles.export(document, Map.of()).bytes());
        String text = PdfFiles.text(pdf);
        assertThat(text.replaceAll("-\n", "")).contains(word);
        // pdftotext joins a line ending in a hyphen to the next one and drops the hyphen.
        assertThat(text.replaceAll("[-\n]", "")).contains(url.replace("-", ""));
        ExternalTool.require("pdftotext");
        String boxes = ExternalTool.run("pdftotext", "-bbox", pdf.toString(), "-").stdout();
        assertThat(boxes.lines().filter(l -> l.contains("<word")).mapToDouble(PdfExporterTest::xMax).max()
                .orElseThrow()).isLessThan(595 - 40);
    }

    @Test
    void twoHundredCareersExport() {
        long start = System.nanoTime();
        var output = PdfFiles.export(SampleDocuments.english(200), Map.of());
        long millis = (System.nanoTime() - start) / 1_000_000;
        Path pdf = PdfFiles.write("two-hundred", output.bytes());
        assertThat(Integer.parseInt(PdfFiles.info(pdf, "Pages"))).isGreaterThan(200);
        assertThat(millis).as("export time in ms").isLessThan(30_000);
    }

    @Test
    void combinedBrochureHasOneCoverOneContentsAndEveryDocument() throws Exception {
        CareerDocument french = SampleDocuments.metiersIa();
        CareerDocument english = SampleDocuments.english(2);
        Path pdf = PdfFiles.write("combined", PdfFiles.exportCombined(List.of(french, english)).bytes());
        String text = PdfFiles.text(pdf);
        assertThat(text.split("Sommaire", -1)).hasSize(2);
        assertThat(text).contains("Les métier de l'IA", "Prompting careers", "Prompt Engineer 2 (PE)",
                "Le AI Researcher (Chercheur en IA)");
        var outline = PdfReadersTest.outlines(pdf);
        assertThat(outline).extracting(node -> node.get("title").asText())
                .containsExactly("Les métier de l'IA", "Prompting careers");
        List<String> englishEntries = new ArrayList<>();
        outline.get(1).get("kids").forEach(kid -> englishEntries.add(kid.get("title").asText()));
        assertThat(englishEntries).containsExactly("Prompt Engineer 1 (PE)", "Prompt Engineer 2 (PE)", "Sources");
    }

    /**
     * The contents are drawn row by row, not laid out as a table: with more careers than a page
     * holds, every entry is listed once, in order, with the page its career starts on, clickable,
     * and no row runs into the footer.
     */
    @Test
    void theContentsRunOverPagesListingEveryCareerWithItsPage() {
        int careers = 75;
        Path pdf = PdfFiles.write("contents-pages", PdfFiles.export(SampleDocuments.english(careers), Map.of()).bytes());
        ExternalTool.require("pdftotext");
        String contents = ExternalTool.run("pdftotext", "-layout", "-f", "2", "-l", "4", pdf.toString(), "-").stdout();
        var row = java.util.regex.Pattern.compile("(?m)^\\s*(\\d+)\\s+Prompt Engineer (\\d+) \\(PE\\)\\s+(\\d+)\\s*$");
        var matcher = row.matcher(contents);
        int expected = 1;
        int lastPage = 0;
        while (matcher.find()) {
            assertThat(Integer.parseInt(matcher.group(1))).isEqualTo(expected);
            assertThat(Integer.parseInt(matcher.group(2))).isEqualTo(expected);
            int page = Integer.parseInt(matcher.group(3));
            assertThat(page).as("page of career %d", expected).isGreaterThan(lastPage);
            String careerPage = ExternalTool.run("pdftotext", "-f", Integer.toString(page), "-l",
                    Integer.toString(page), pdf.toString(), "-").stdout();
            if (expected % 25 == 1) {
                assertThat(careerPage).as("page %d", page).contains("Prompt Engineer " + expected + " (PE)");
            }
            lastPage = page;
            expected++;
        }
        assertThat(expected - 1).as("entries listed").isEqualTo(careers);
        assertThat(contents).as("the contents take more than one page").contains("\f");
        String boxes = ExternalTool.run("pdftotext", "-bbox", "-f", "2", "-l", "4", pdf.toString(), "-").stdout();
        var words = java.util.regex.Pattern.compile("yMax=\"([0-9.]+)\">([^<]*)</word>").matcher(boxes);
        float footerTop = com.lowagie.text.PageSize.A4.getHeight() - 64;
        while (words.find()) {
            if (!words.group(2).equals("Page") && !words.group(2).matches("\\d+|/")) {
                assertThat(Float.parseFloat(words.group(1))).as("bottom of '%s'", words.group(2)).isLessThan(footerTop);
            }
        }
        String raw = PdfFiles.qdf(pdf);
        for (int c = 1; c <= careers; c++) {
            assertThat(raw).contains("(d0-c" + c + ")");
        }
    }

    @Test
    void theCoverListsTheCareersUnlessThereAreTooManyForIt() {
        int listed = CoverPage.LISTED_ON_COVER;
        Path small = PdfFiles.write("cover-listed", PdfFiles.export(SampleDocuments.english(listed), Map.of()).bytes());
        assertThat(firstPage(small)).contains("Careers", "Prompt Engineer 1 (PE)")
                .doesNotContain("Every career is listed");

        Path large = PdfFiles.write("cover-counted",
                PdfFiles.export(SampleDocuments.english(listed + 1), Map.of()).bytes());
        assertThat(firstPage(large)).contains("Careers", (listed + 1) + " careers",
                "Every career is listed with its page in the contents.").doesNotContain("Prompt Engineer");
        // The contents and the careers' own pages still name every one.
        String text = PdfFiles.text(large);
        for (int i = 1; i <= listed + 1; i++) {
            assertThat(text.split("Prompt Engineer " + i + " \\(PE\\)", -1)).as("career %d", i).hasSizeGreaterThan(2);
        }

        CareerDocument french = SampleDocuments.metiersIa();
        Path combined = PdfFiles.write("cover-counted-combined", PdfFiles.exportCombined(
                List.of(french, SampleDocuments.english(listed), SampleDocuments.english(1))).bytes());
        assertThat(firstPage(combined)).contains("Les métier de l'IA", "3 métiers", listed + " métiers", "1 métier",
                "Chaque métier figure avec sa page dans le sommaire.").doesNotContain("Le Data Scientist");
    }

    private static String firstPage(Path pdf) {
        ExternalTool.require("pdftotext");
        return ExternalTool.run("pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", pdf.toString(), "-").stdout();
    }

    @Test
    void streamIsLeftOpen() throws IOException {
        var closed = new boolean[1];
        var out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new PdfExporter().export(SampleDocuments.metiersIa(), ExportOptions.defaults(PdfFiles.TIMESTAMP), out);
        assertThat(closed[0]).isFalse();
        assertThat(new String(out.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }

    private static double xMax(String line) {
        int at = line.indexOf("xMax=\"") + 6;
        return Double.parseDouble(line.substring(at, line.indexOf('"', at)));
    }

    private static CareerDocument withCareer(CareerDocument document, int index,
            java.util.function.UnaryOperator<Career> change) {
        var careers = new ArrayList<>(document.careers());
        careers.set(index, change.apply(careers.get(index)));
        return new CareerDocument(document.schemaVersion(), document.source(), document.title(), document.logo(),
                document.language(), document.introduction(), careers, null, document.sources(), document.diagnostics());
    }

    private static CareerDocument withLanguage(CareerDocument document, String language) {
        return new CareerDocument(document.schemaVersion(), document.source(), document.title(), document.logo(),
                language, document.introduction(), document.careers(), null, document.sources(),
                document.diagnostics());
    }

    private static CareerDocument withLogo(CareerDocument document, String logo) {
        return new CareerDocument(document.schemaVersion(), document.source(), document.title(), logo,
                document.language(), document.introduction(), document.careers(), null, document.sources(),
                document.diagnostics());
    }
}
