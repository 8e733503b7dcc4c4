package dev.careers.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.export.ExportOptions;
import dev.careers.model.CareerDocument;
import dev.careers.parse.CareerParser;
import dev.careers.testing.ExternalTool;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every brochure is a tagged PDF that veraPDF finds conforming to PDF/UA-1 and to PDF/A-2u, with
 * no failed rule: the samples and every fixture alone, combined brochures, A4 and Letter, the
 * default and the sample theme, with a logo (issue 16). A failure names each rule broken and how
 * often. One JVM shares the validators.
 */
class PdfConformanceTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    static Stream<Path> sources() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            fixtures = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(fixtures).hasSizeGreaterThan(10);
        return Stream.concat(Stream.of(Path.of("input", "metiers-ia.md"), Path.of("input", "cloud-careers.md")),
                fixtures.stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void brochureConformsToPdfUaAndPdfA(Path source) {
        CareerDocument document = CareerParser.create().parse(source);
        assertConforms(source.toString(), PdfFiles.export(document, Map.of()).bytes());
    }

    @Test
    void combinedBrochureOfEverySourceConforms() throws IOException {
        List<CareerDocument> documents = sources().map(CareerParser.create()::parse).toList();
        assertConforms("combined, A4", PdfFiles.exportCombined(documents).bytes());
    }

    @Test
    void themedLetterBrochuresConform() {
        var settings = Map.of(ExportOptions.PAGE_SIZE, "Letter", ExportOptions.THEME, "themes/sample.properties");
        assertConforms("English sample, Letter, sample theme",
                PdfFiles.export(SampleDocuments.english(3), settings).bytes());
        List<CareerDocument> documents = List.of(SampleDocuments.metiersIa(), SampleDocuments.english(2));
        assertConforms("combined, Letter, sample theme", PdfFiles.exportCombined(documents, settings).bytes());
    }

    @Test
    void brochureWithLogoConforms(@TempDir Path temp) throws IOException {
        Path png = temp.resolve("logo.png");
        ImageIO.write(new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB), "png", png.toFile());
        Path theme = temp.resolve("logo.properties");
        Files.writeString(theme, "logo=logo.png\n");
        assertConforms("sample with a logo", PdfFiles.export(SampleDocuments.metiersIa(),
                Map.of(ExportOptions.THEME, theme.toString())).bytes());
    }

    @Test
    void brochureWithACmykJpegLogoConforms(@TempDir Path temp) throws IOException {
        // A print shop's logo: four inks, which PDF/A allows only with a CMYK output intent.
        var ink = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, 60, 30, 4, null);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 60; x++) {
                ink.setPixel(x, y, new int[] {x * 4, 200 - y * 6, 40, 10});
            }
        }
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        Path jpeg = temp.resolve("logo.jpg");
        try (var out = ImageIO.createImageOutputStream(jpeg.toFile())) {
            writer.setOutput(out);
            writer.write(null, new javax.imageio.IIOImage(ink, null, null), writer.getDefaultWriteParam());
        }
        Path theme = temp.resolve("cmyk.properties");
        Files.writeString(theme, "logo=logo.jpg\n");
        assertConforms("sample with a CMYK logo", PdfFiles.export(SampleDocuments.metiersIa(),
                Map.of(ExportOptions.THEME, theme.toString())).bytes());
    }

    @Test
    void pdfinfoSaysTagged() {
        ExternalTool.require("pdfinfo");
        Path pdf = PdfFiles.write("tagged-sample", PdfFiles.export(SampleDocuments.metiersIa(), Map.of()).bytes());
        assertThat(ExternalTool.run("pdfinfo", pdf.toString()).stdout()).containsPattern("(?m)^Tagged:\\s+yes$");
    }

    private static void assertConforms(String what, byte[] pdf) {
        List<PdfConformance.Failure> failures = PdfConformance.failures(pdf);
        assertThat(failures)
                .as(() -> what + " breaks " + failures.size() + " rules:\n"
                        + failures.stream().map(f -> "  " + f).collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
