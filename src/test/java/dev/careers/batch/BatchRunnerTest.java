package dev.careers.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.Careers;
import dev.careers.export.ExportOptions;
import dev.careers.export.Exporter;
import dev.careers.export.Exporters;
import dev.careers.model.CareerDocument;
import dev.careers.parse.CareerParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch runs: isolation of bad inputs, atomic outputs, results independent of scheduling. */
class BatchRunnerTest {
    @TempDir
    Path tmp;

    private static final Careers CAREERS = Careers.of(CareerParser.create(), Exporters.builtIn(),
            ExportOptions.defaults(Instant.ofEpochSecond(1_700_000_000)));

    /** Writes half its output, then fails: what a crash or a full disk looks like. */
    static final class FailingExporter implements Exporter {
        @Override
        public String format() {
            return "json";
        }

        @Override
        public String extension() {
            return "json";
        }

        @Override
        public String description() {
            return "fails half-way";
        }

        @Override
        public void export(CareerDocument document, ExportOptions options, OutputStream out) throws IOException {
            out.write("{\"half\": ".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }
    }

    private BatchRunner runner(List<Exporter> exporters, Path out, int jobs) {
        return new BatchRunner(CAREERS, exporters, new BatchRunner.Settings(out, jobs, false, false),
                new ByteArrayInputStream(new byte[0]));
    }

    private Path tree() throws IOException {
        Path in = tmp.resolve("in");
        for (String dir : List.of("team-a", "team-b", "team-b/nested")) {
            Files.createDirectories(in.resolve(dir));
            Files.writeString(in.resolve(dir + "/README.md"), "# " + dir + "\n## Métier de " + dir
                    + "\n### Salaire\n* Junior : 40k€ - 50k€\n");
        }
        Files.copy(Path.of("src/test/resources/fixtures/sample-metiers-ia.md"), in.resolve("sample.md"));
        Files.write(in.resolve("team-a/broken.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        return in;
    }

    @Test
    void oneBrokenFileIsReportedAndTheOthersAreExportedAtMirroredPaths() throws IOException {
        Path in = tree();
        Path out = tmp.resolve("out");
        var inputs = Inputs.collect(List.of(in.toString())).files();
        var run = runner(List.of(Exporters.builtIn().get("json")), out, 2).run(inputs, false, new BatchRunner.Listener() {});
        assertThat(run.results()).extracting(FileResult::input).containsExactlyElementsOf(
                inputs.stream().map(InputFile::name).toList());
        assertThat(run.results()).filteredOn(r -> r.status() == FileResult.Status.FAILED)
                .singleElement().satisfies(r -> assertThat(r.input()).endsWith("broken.md"));
        for (String expected : List.of("team-a/README.json", "team-b/README.json", "team-b/nested/README.json", "sample.json")) {
            assertThat(out.resolve(expected)).exists();
        }
        assertThat(out.resolve("team-a/broken.json")).doesNotExist();
    }

    @Test
    void failedWriteLeavesNoPartialFileAndKeepsThePreviousOutput() throws IOException {
        Path md = tmp.resolve("a.md");
        Files.writeString(md, "# T\n## Métier\n");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("a.json"), "previous good output");
        var inputs = Inputs.collect(List.of(md.toString())).files();
        var run = runner(List.of(new FailingExporter()), out, 1).run(inputs, false, new BatchRunner.Listener() {});
        assertThat(run.results().get(0).status()).isEqualTo(FileResult.Status.FAILED);
        assertThat(run.results().get(0).errors().get(0)).contains("No space left on device");
        assertThat(Files.readString(out.resolve("a.json"))).isEqualTo("previous good output");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("a.json");
        }
    }

    @Test
    void outputsAreReadableByOthersLikeAnyNewFile() throws IOException {
        Path md = tmp.resolve("a.md");
        Files.writeString(md, "# T\n## Métier\n");
        Path out = tmp.resolve("out");
        runner(List.of(Exporters.builtIn().get("json")), out, 1)
                .run(Inputs.collect(List.of(md.toString())).files(), false, new BatchRunner.Listener() {});
        Path plain = Files.createFile(tmp.resolve("plain"));
        assertThat(Files.getPosixFilePermissions(out.resolve("a.json")))
                .isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void digestsAreComputedOnlyWhenAsked() throws IOException {
        Path md = Files.writeString(tmp.resolve("a.md"), "# T\n## Métier\n### Salaire\n* Junior : 40k€\n");
        var inputs = Inputs.collect(List.of(md.toString())).files();
        List<Exporter> json = List.of(Exporters.builtIn().find("json").orElseThrow());
        var without = new BatchRunner(CAREERS, json, new BatchRunner.Settings(tmp.resolve("a"), 1, false, false, false),
                new ByteArrayInputStream(new byte[0])).run(inputs, false, new BatchRunner.Listener() {});
        var with = runner(json, tmp.resolve("b"), 1).run(inputs, false, new BatchRunner.Listener() {});
        assertThat(without.results().get(0).outputs().get(0).sha256()).isNull();
        String expected = java.util.HexFormat.of().formatHex(sha256(tmp.resolve("b/a.json")));
        assertThat(with.results().get(0).outputs().get(0).sha256()).isEqualTo(expected);
        assertThat(Files.readAllBytes(tmp.resolve("a/a.json"))).isEqualTo(Files.readAllBytes(tmp.resolve("b/a.json")));
    }

    private static byte[] sha256(Path file) throws IOException {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void parallelAndSequentialRunsWriteIdenticalFiles() throws IOException {
        Path in = tree();
        var inputs = Inputs.collect(List.of(in.toString())).files();
        List<Exporter> all = Exporters.builtIn().entries().stream().map(Exporters.Entry::exporter).toList();
        var one = runner(all, tmp.resolve("one"), 1).run(inputs, false, new BatchRunner.Listener() {});
        var four = runner(all, tmp.resolve("four"), 4).run(inputs, false, new BatchRunner.Listener() {});
        assertThat(four.results()).extracting(FileResult::status).containsExactlyElementsOf(
                one.results().stream().map(FileResult::status).toList());
        assertThat(four.results()).flatExtracting(FileResult::outputs).extracting(FileResult.Output::sha256)
                .containsExactlyElementsOf(one.results().stream().flatMap(r -> r.outputs().stream())
                        .map(FileResult.Output::sha256).toList());
        assertThat(one.results()).flatExtracting(FileResult::outputs).isNotEmpty();
    }

    @Test
    void twoInputsMappingToTheSameOutputAreRefusedNotOverwritten() throws IOException {
        Files.createDirectories(tmp.resolve("x"));
        Files.createDirectories(tmp.resolve("y"));
        Files.writeString(tmp.resolve("x/a.md"), "# X\n## Métier X\n");
        Files.writeString(tmp.resolve("y/a.md"), "# Y\n## Métier Y\n");
        var inputs = Inputs.collect(List.of(tmp.resolve("x/a.md").toString(), tmp.resolve("y/a.md").toString())).files();
        var run = runner(List.of(Exporters.builtIn().get("json")), tmp.resolve("out"), 2)
                .run(inputs, false, new BatchRunner.Listener() {});
        assertThat(run.results().get(0).status()).isEqualTo(FileResult.Status.OK);
        assertThat(run.results().get(1).status()).isEqualTo(FileResult.Status.FAILED);
        assertThat(run.results().get(1).errors().get(0)).contains("would overwrite");
        assertThat(Files.readString(tmp.resolve("out/a.json"))).contains("Métier X");
    }

    @Test
    void failFastSkipsWhatIsLeft() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.write(in.resolve("a-broken.md"), new byte[] {0, 0, 0});
        for (int i = 0; i < 5; i++) {
            Files.writeString(in.resolve("b" + i + ".md"), "# T\n## M\n");
        }
        var inputs = Inputs.collect(List.of(in.toString())).files();
        var runner = new BatchRunner(CAREERS, List.of(Exporters.builtIn().get("json")),
                new BatchRunner.Settings(tmp.resolve("out"), 1, true, false), new ByteArrayInputStream(new byte[0]));
        var run = runner.run(inputs, false, new BatchRunner.Listener() {});
        assertThat(run.results().get(0).status()).isEqualTo(FileResult.Status.FAILED);
        assertThat(run.results()).extracting(FileResult::status).contains(FileResult.Status.SKIPPED);
    }

    @Test
    void oneInputToAStreamWritesTheBytesOfTheFileAndFailsOnWarningsOnlyWhenStrict() throws IOException {
        Path md = Files.writeString(tmp.resolve("a.md"), "# T\n## Métier\n### Salaire\n* Junior : 90k€ - 60k€\n");
        List<Exporter> json = List.of(Exporters.builtIn().get("json"));
        InputFile input = InputFile.of(md.toString());
        var stream = new java.io.ByteArrayOutputStream();
        FileResult lenient = runner(json, tmp.resolve("out"), 1).exportTo(input, stream);
        assertThat(lenient.status()).isEqualTo(FileResult.Status.OK);
        assertThat(lenient.diagnostics()).extracting(d -> d.code()).contains("salary.reversed-range");
        runner(json, tmp.resolve("out"), 1).run(List.of(input), false, new BatchRunner.Listener() {});
        assertThat(stream.toByteArray()).isEqualTo(Files.readAllBytes(tmp.resolve("out/a.json")));
        var strict = new BatchRunner(CAREERS, json, new BatchRunner.Settings(tmp.resolve("out"), 1, false, true),
                new ByteArrayInputStream(new byte[0]));
        assertThat(strict.exportTo(input, new java.io.ByteArrayOutputStream()).status())
                .isEqualTo(FileResult.Status.FAILED);
    }

    @Test
    void anInputThatCannotBeReadWritesNothingToTheStream() throws IOException {
        Path md = Files.write(tmp.resolve("a.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        var stream = new java.io.ByteArrayOutputStream();
        FileResult result = runner(List.of(Exporters.builtIn().get("json")), tmp.resolve("out"), 1)
                .exportTo(InputFile.of(md.toString()), stream);
        assertThat(result.status()).isEqualTo(FileResult.Status.FAILED);
        assertThat(result.errors()).singleElement().asString().contains("not a text file");
        assertThat(stream.size()).isZero();
    }

    @Test
    void combiningWritesOneOutputPerFormatThatCanAndNamesTheOthers() throws IOException {
        Path md = Files.writeString(tmp.resolve("a.md"), "# T\n## Métier\n");
        Path out = tmp.resolve("out");
        var runner = runner(List.of(Exporters.builtIn().get("json"), new FailingExporter()), out, 1);
        var run = runner.run(Inputs.collect(List.of(md.toString())).files(), true, new BatchRunner.Listener() {});
        BatchRunner.Combined combined = runner.combine(run.documents(), "all");
        assertThat(combined.outputs()).singleElement().satisfies(o -> assertThat(o.path()).endsWith("all.json"));
        assertThat(out.resolve("all.json")).isNotEmptyFile();
        assertThat(combined.warnings()).singleElement().asString().contains("cannot combine documents");
        assertThat(combined.errors()).isEmpty();
        assertThat(runner.combine(List.of(), "all").errors()).singleElement().asString()
                .contains("nothing to combine");
    }
}
