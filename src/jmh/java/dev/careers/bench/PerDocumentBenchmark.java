package dev.careers.bench;

import dev.careers.Careers;
import dev.careers.model.CareerDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm cost of one document (issue 8): parsing the sample, and exporting it to PDF, XLSX and
 * JSON. Run with {@code ./mvnw -B -Pbench package -DskipTests} then
 * {@code java -jar target/jmh/benchmarks.jar} (see the README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PerDocumentBenchmark {
    private Careers careers;
    private String markdown;
    private CareerDocument document;

    @Setup
    public void setUp() throws IOException {
        careers = Careers.create();
        markdown = Files.readString(Path.of(System.getProperty("careers.sample", "input/metiers-ia.md")),
                StandardCharsets.UTF_8);
        document = careers.parse(markdown, "metiers-ia.md");
    }

    @Benchmark
    public CareerDocument parse() {
        return careers.parse(markdown, "metiers-ia.md");
    }

    @Benchmark
    public int pdf() throws IOException {
        return export("pdf");
    }

    @Benchmark
    public int xlsx() throws IOException {
        return export("xlsx");
    }

    @Benchmark
    public int json() throws IOException {
        return export("json");
    }

    private int export(String format) throws IOException {
        var out = new ByteArrayOutputStream(256 * 1024);
        careers.export(document, format, out);
        return out.size();
    }
}
