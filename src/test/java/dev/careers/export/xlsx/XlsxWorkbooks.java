package dev.careers.export.xlsx;

import dev.careers.model.CareerDocument;
import dev.careers.parse.CareerParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The workbooks every structural check runs on: the sample, every parser fixture, the hand-built
 * samples, a combined workbook of them all, and one beyond the Overview's formula limit.
 */
final class XlsxWorkbooks {
    private XlsxWorkbooks() {}

    /** Workbook bytes by name. */
    static Map<String, byte[]> all() {
        var documents = new LinkedHashMap<String, CareerDocument>();
        var parser = CareerParser.create();
        for (Path md : fixtures()) {
            documents.put("fixture-" + md.getFileName().toString().replace(".md", ""), parser.parse(md));
        }
        documents.put("mixed", XlsxSamples.mixed());
        documents.put("english", XlsxSamples.english());
        documents.put("empty", XlsxSamples.empty());
        documents.put("scattered", XlsxSamples.scattered(40));
        documents.put("beyond-formula-limit", XlsxSamples.large(OverviewSheet.FORMULA_LIMIT / 3 + 1));
        var workbooks = new LinkedHashMap<String, byte[]>();
        try {
            for (var entry : documents.entrySet()) {
                workbooks.put(entry.getKey(), XlsxExporterTest.export(entry.getValue(), XlsxExporterTest.options()));
            }
            var out = new ByteArrayOutputStream();
            new XlsxExporter().exportCombined(List.copyOf(documents.values()), XlsxExporterTest.options(), out);
            workbooks.put("combined", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return workbooks;
    }

    static List<Path> fixtures() {
        try (Stream<Path> files = Files.list(resource("fixtures/sample-metiers-ia.md").getParent())) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            if (list.size() < 10) {
                throw new IllegalStateException("expected the parser fixtures, found " + list);
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resource(String name) {
        URL url = XlsxWorkbooks.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("test resource " + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("test resource " + name + " has no path: " + url, e);
        }
    }
}
