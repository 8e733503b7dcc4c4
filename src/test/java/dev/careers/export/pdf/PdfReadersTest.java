package dev.careers.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careers.model.Career;
import dev.careers.model.CareerDocument;
import dev.careers.testing.ExternalTool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the brochure of the sample back with independent readers: poppler and qpdf. */
class PdfReadersTest {
    private static CareerDocument sample;
    private static Path pdf;

    @BeforeAll
    static void exportSample() {
        sample = SampleDocuments.metiersIa();
        pdf = PdfFiles.write("readers-sample", PdfFiles.export(sample, Map.of()).bytes());
    }

    @Test
    void everyFontIsEmbeddedAndSubset() {
        ExternalTool.require("pdffonts");
        List<String> rows = ExternalTool.run("pdffonts", pdf.toString()).stdout().lines().skip(2).toList();
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(row -> assertThat(row).contains(" yes yes yes "));
        assertThat(rows).noneMatch(row -> row.contains("Helvetica"));
    }

    @Test
    void qpdfFindsNoError() {
        ExternalTool.require("qpdf");
        var result = ExternalTool.run(List.of("qpdf", "--check", pdf.toString()));
        assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
        assertThat(result.stdout()).contains("No syntax or stream encoding errors");
    }

    @Test
    void outlineHasOneEntryPerCareerWithItsSectionsBeneath() throws Exception {
        List<JsonNode> outlines = outlines(pdf);
        List<String> titles = new ArrayList<>();
        outlines.forEach(node -> titles.add(node.get("title").asText()));
        List<String> expected = new ArrayList<>(sample.careers().stream().map(Career::name).toList());
        expected.add("Sources");
        assertThat(titles).containsExactlyElementsOf(expected);
        List<String> sections = new ArrayList<>();
        outlines.get(0).get("kids").forEach(kid -> sections.add(kid.get("title").asText()));
        assertThat(sections).containsExactly("Rôle et responsabilités", "Salaire", "Contraintes",
                "Environnements de travail", "Demande des entreprises");
    }

    @Test
    void metadataNamesTitleCareersToolAndLanguage() {
        assertThat(PdfFiles.info(pdf, "Title")).isEqualTo("Les métier de l'IA");
        assertThat(PdfFiles.info(pdf, "Keywords")).contains("Le Data Scientist", "Le Machine Learning Engineer (MLE)");
        assertThat(PdfFiles.info(pdf, "Creator")).isEqualTo("careers 0.1.0");
        assertThat(PdfFiles.info(pdf, "Subject")).isNotBlank();
        assertThat(PdfFiles.info(pdf, "CreationDate")).contains("2025");
        assertThat(PdfFiles.qdf(pdf)).contains("/Lang (fr)");
    }

    @Test
    void contentsLinksToEachCareer() {
        String raw = PdfFiles.qdf(pdf);
        assertThat(raw).contains("/S /GoTo");
        for (int c = 1; c <= sample.careers().size(); c++) {
            assertThat(raw).contains("(d0-c" + c + ")");
        }
    }

    @Test
    void contentsAndFooterShowPageNumbers() {
        String text = PdfFiles.text(pdf);
        String pages = PdfFiles.info(pdf, "Pages");
        assertThat(text).contains("Sommaire", "Page 2 / " + pages, "Page " + pages + " / " + pages);
        assertThat(text.lines().filter(line -> line.startsWith("Page 1 /"))).isEmpty();
        assertThat(text).containsPattern("Le Data Scientist\\s+3\\b");
    }

    @Test
    void amountsAndLabelsAreInFrench() {
        String text = PdfFiles.text(pdf).replaceAll("[\\s\\u00A0\\u202F]+", " ");
        assertThat(text).contains("45 000 € – 60 000 €", "100 000 € – 300 000 €+", "par an", "Salaire",
                "Contraintes", "très variable selon publication");
    }

    @Test
    void defaultPageSizeIsA4() {
        assertThat(PdfFiles.info(pdf, "Page size")).contains("(A4)");
    }

    static List<JsonNode> outlines(Path pdf) throws Exception {
        ExternalTool.require("qpdf");
        String json = ExternalTool.run("qpdf", "--json", "--json-key=outlines", pdf.toString()).stdout();
        List<JsonNode> nodes = new ArrayList<>();
        new ObjectMapper().readTree(json).get("outlines").forEach(nodes::add);
        return nodes;
    }
}
