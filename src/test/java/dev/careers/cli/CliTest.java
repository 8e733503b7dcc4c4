package dev.careers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: exit codes, standard output, standard error. */
class CliTest {
    private static final String SAMPLE = "src/test/resources/fixtures/sample-metiers-ia.md";

    @TempDir
    Path tmp;

    @Test
    void noSubcommandPrintsUsageToStderrAndExits2() {
        Cli.Run run = Cli.run();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: careers").contains("Exit codes:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void helpAndVersionGoToStdoutWithExit0() {
        assertThat(Cli.run("--help").out()).contains("export").contains("check").contains("formats");
        Cli.Run version = Cli.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("careers ");
    }

    /**
     * The usage help of every command, as picocli printed it when the commands were declared with
     * annotations: the options are now declared in code ({@link Specs}), and must read the same.
     */
    @ParameterizedTest(name = "{0} --help")
    @CsvSource({"careers, careers-help", "export, export-help", "check, check-help", "formats, formats-help",
        "help, help-help"})
    void theUsageHelpOfEachCommandIsUnchanged(String command, String expected) throws IOException {
        Cli.Run run = command.equals("careers") ? Cli.run("--help") : Cli.run(command, "--help");
        assertThat(run.exitCode()).isZero();
        String golden = Files.readString(Path.of("src/test/resources/cli", expected + ".txt"), StandardCharsets.UTF_8);
        assertThat(run.out()).isEqualTo(golden);
        if (!command.equals("help") && !command.equals("careers")) {
            assertThat(Cli.run("help", command).out()).isEqualTo(golden);
        }
    }

    @Test
    void theHelpCommandRefusesAnUnknownCommand() {
        Cli.Run run = Cli.run("help", "nosuch");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Unknown subcommand 'nosuch'.").contains("Usage: careers [-hV] [COMMAND]");
    }

    @Test
    void checkNeedsAnInputAndEveryCommandPrintsTheVersion() {
        Cli.Run run = Cli.run("check");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Missing required parameter: '<input>'");
        for (String command : new String[] {"export", "check", "formats"}) {
            assertThat(Cli.run(command, "-V").out()).as(command).startsWith("careers ");
        }
    }

    @Test
    void optionValuesReachTheCommand() throws IOException {
        Cli.Run run = Cli.run("export", "-qf", "json,xlsx", "-f", "json", "--jobs=1", "--lang", "en",
                "--max-input-size", "1k", "-o", tmp.toString(), SAMPLE);
        assertThat(run.exitCode()).as("the sample is larger than 1k").isEqualTo(1);
        assertThat(run.err()).contains("larger than the limit of 1024 bytes").doesNotContain("exported");
        run = Cli.run("export", "-qf", "json,xlsx", "-f", "json", "--lang", "en", "-o", tmp.toString(), SAMPLE);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(tmp.resolve("sample-metiers-ia.xlsx")).exists();
        assertThat(Files.readString(tmp.resolve("sample-metiers-ia.json"))).contains("\"language\": \"en\"");
        assertThat(Cli.run("export", "--max-input-size", "12Q", SAMPLE).err())
                .startsWith("Invalid value for option '--max-input-size': '12Q' is not a size");
    }

    @Test
    void langTakesEachSupportedLanguageAndRefusesOthersListingThem() throws IOException {
        for (String language : List.of("es", "pt", "de", "it")) {
            Cli.Run run = Cli.run("export", "-qf", "json", "--lang", language, "-o", tmp.toString(), SAMPLE);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(Files.readString(tmp.resolve("sample-metiers-ia.json")))
                    .contains("\"language\": \"" + language + "\"");
        }
        for (String command : List.of("export", "check")) {
            Cli.Run run = Cli.run(command, "--lang", "nl", SAMPLE);
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--lang must be one of fr, en, es, pt, de, it, not 'nl'");
        }
    }

    @Test
    void exportWritesJsonNamedAfterTheInput() throws IOException {
        Cli.Run run = Cli.run("export", "-f", "json", "-o", tmp.toString(), SAMPLE);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(tmp.resolve("sample-metiers-ia.json").toFile());
        assertThat(json.get("careers")).hasSize(3);
        assertThat(run.err()).contains("1 of 1 input exported");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownFormatIsAUsageErrorListingTheAvailableOnes() {
        Cli.Run run = Cli.run("export", "-f", "docx", "-o", tmp.toString(), SAMPLE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'docx'; available: ");
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void missingInputExits1WithoutStackTrace() {
        Cli.Run run = Cli.run("export", "-f", "json", "-o", tmp.toString(), "nope.md");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("nope.md: no such file").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badOptionIsAUsageError() {
        Cli.Run run = Cli.run("export", "--no-such-option");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option");
    }

    @Test
    void folderInputsKeepTheirRelativePathsSoSameNamesDoNotClash() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("a"));
        Files.createDirectories(in.resolve("b"));
        Files.writeString(in.resolve("a/README.md"), "# A\n## Métier A\n");
        Files.writeString(in.resolve("b/README.md"), "# B\n## Métier B\n");
        Path out = tmp.resolve("out");
        Cli.Run run = Cli.run("export", "-f", "json", "-o", out.toString(), in.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("a/README.json"))).contains("Métier A");
        assertThat(Files.readString(out.resolve("b/README.json"))).contains("Métier B");
    }

    @Test
    void standardInputToStandardOutput() {
        byte[] md = "# Titre\n## Le Métier\n".getBytes(StandardCharsets.UTF_8);
        Cli.Run run = Cli.run(md, false, Map.of(), "export", "-", "-f", "json", "-o", "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"source\": \"-\"").contains("Le Métier");
    }

    @Test
    void checkPrintsDiagnosticsLikeACompilerAndFailsOnErrors() throws IOException {
        Path bad = tmp.resolve("bad.md");
        Files.write(bad, "# T\n## M\u00e9tier\n### Salaire\n* Junior : 90k€ - 60k€\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Run run = Cli.run("check", bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(bad + ":2:1: error: Line 2 is not valid UTF-8")
                .contains("[encoding.invalid-utf8]");
    }

    @Test
    void checkExitsZeroOnWarningsUnlessStrict() throws IOException {
        Path file = tmp.resolve("warn.md");
        Files.writeString(file, "# T\n## Métier\n### Salaire\n* **Junior :** 90k€ - 60k€\n");
        Cli.Run lenient = Cli.run("check", file.toString());
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.out()).contains(file + ":4:1: warning: ").contains("[salary.reversed-range]");
        assertThat(Cli.run("check", "--strict", file.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void formatsListsTheBuiltInExporters() {
        Cli.Run run = Cli.run("formats");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("json").contains("built-in");
    }

    @Test
    void summaryDescribesEachInputAndTotals() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("good.md"), "# T\n## Métier\n### Salaire\n* Junior : 40k€\n");
        Files.write(in.resolve("binary.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        Path summary = tmp.resolve("summary.json");
        Cli.Run run = Cli.run("export", "-f", "json", "-o", tmp.resolve("out").toString(), "--summary",
                summary.toString(), in.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(summary.toFile());
        assertThat(json.at("/inputs/0/input").asText()).endsWith("binary.md");
        assertThat(json.at("/inputs/0/status").asText()).isEqualTo("failed");
        assertThat(json.at("/inputs/0/errors/0").asText()).contains("not a text file");
        assertThat(json.at("/inputs/1/status").asText()).isEqualTo("ok");
        assertThat(json.at("/inputs/1/outputs/0/sha256").asText()).hasSize(64);
        assertThat(json.at("/totals/failed").asInt()).isEqualTo(1);
        assertThat(json.at("/totals/ok").asInt()).isEqualTo(1);
        assertThat(tmp.resolve("out/good.json")).exists();
        assertThat(tmp.resolve("out/binary.json")).doesNotExist();
    }

    @Test
    void combineWritesOneOutputPerFormatOfAllInputs() {
        Cli.Run run = Cli.run("export", "-f", "pdf,xlsx,json", "-o", tmp.toString(), "--combine", "catalogue",
                "input");
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String ext : java.util.List.of("pdf", "xlsx", "json")) {
            assertThat(tmp.resolve("catalogue." + ext)).isNotEmptyFile();
        }
        assertThat(tmp.resolve("metiers-ia.pdf")).isNotEmptyFile();
    }

    @Test
    void defaultFormatsArePdfAndXlsx() throws IOException {
        Cli.Run run = Cli.run("export", "-o", tmp.toString(), SAMPLE);
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("sample-metiers-ia.pdf", "sample-metiers-ia.xlsx");
        }
    }

    // Issue 17: --debug belongs to the subcommand; the error handler read it from the top command.
    @Test
    void debugShowsWhereAnErrorHappenedAndOnlyThen() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("summary-is-a-folder"));
        String[] args = {"export", "-qf", "json", "-o", tmp.resolve("out").toString(), "--summary", folder.toString(),
            SAMPLE};
        Cli.Run plain = Cli.run(args);
        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(plain.err()).contains("is a folder").doesNotContain("\tat ");
        String[] debugArgs = java.util.Arrays.copyOf(args, args.length + 1);
        debugArgs[args.length] = "--debug";
        Cli.Run debug = Cli.run(debugArgs);
        assertThat(debug.exitCode()).isEqualTo(1);
        assertThat(debug.err()).contains("is a folder").contains("\tat dev.careers.");
    }

    @Test
    void warningsFailUnderStrictInABatchAndToStandardOutput() throws IOException {
        Path file = tmp.resolve("warn.md");
        Files.writeString(file, "# T\n## Métier\n### Salaire\n* **Junior :** 90k€ - 60k€\n");
        String out = tmp.resolve("out").toString();
        assertThat(Cli.run("export", "-qf", "json", "-o", out, file.toString()).exitCode()).isZero();
        assertThat(Cli.run("export", "-qf", "json", "-o", out, "--strict", file.toString()).exitCode()).isEqualTo(1);
        Cli.Run piped = Cli.run("export", "-f", "json", "-o", "-", file.toString());
        assertThat(piped.exitCode()).isZero();
        assertThat(piped.err()).contains(file + ":4:1: warning: ");
        assertThat(piped.out()).contains("\"careers\": [");
        assertThat(Cli.run("export", "-f", "json", "-o", "-", "--strict", file.toString()).exitCode()).isEqualTo(1);
    }
}
