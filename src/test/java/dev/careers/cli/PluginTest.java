package dev.careers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.testing.PluginJar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins: the example plugin built as a jar and loaded with --plugins; broken plugins reported. */
class PluginTest {
    private static final Path EXAMPLE = Path.of("examples/csv-exporter/src/main/java/com/example/careers/csv/CsvExporter.java");

    @TempDir
    Path tmp;

    private Path examplePluginFolder() throws IOException {
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        PluginJar.build(tmp.resolve("build-csv"), plugins.resolve("careers-csv-exporter.jar"),
                Map.of("com/example/careers/csv/CsvExporter.java", Files.readString(EXAMPLE)),
                List.of("com.example.careers.csv.CsvExporter"));
        return plugins;
    }

    @Test
    void examplePluginIsListedWithItsJarAndExports() throws IOException {
        Path plugins = examplePluginFolder();
        Cli.Run formats = Cli.run("formats", "--plugins", plugins.toString());
        assertThat(formats.exitCode()).as(formats.err()).isZero();
        assertThat(formats.out()).containsPattern("csv\\s+\\.csv\\s+salary bands as CSV.*careers-csv-exporter\\.jar");

        Path out = tmp.resolve("out");
        Cli.Run export = Cli.run("export", "-f", "csv,json", "--plugins", plugins.toString(), "-o", out.toString(),
                "src/test/resources/fixtures/salary-forms.md");
        assertThat(export.exitCode()).as(export.err()).isZero();
        List<String> rows = Files.readAllLines(out.resolve("salary-forms.csv"));
        assertThat(rows.get(0)).isEqualTo("career,acronym,level,label,min,max,currency,period,line");
        assertThat(rows).contains("Every written form,,lead,Lead,75000,110000,GBP,year,9");
    }

    @Test
    void pluginFolderFromTheEnvironment() throws IOException {
        Path plugins = examplePluginFolder();
        Cli.Run formats = Cli.run(new byte[0], false, Map.of("CAREERS_PLUGINS", plugins.toString()), "formats");
        assertThat(formats.out()).contains("csv");
    }

    @Test
    void pluginThatThrowsAtLoadIsNamedAndOtherFormatsStillRun() throws IOException {
        Path plugins = Files.createDirectories(tmp.resolve("broken"));
        String source = """
                package broken;
                public final class Broken implements dev.careers.export.Exporter {
                    public Broken() { throw new IllegalStateException("licence key missing"); }
                    public String format() { return "broken"; }
                    public String extension() { return "x"; }
                    public String description() { return "never loads"; }
                    public void export(dev.careers.model.CareerDocument d, dev.careers.export.ExportOptions o,
                            java.io.OutputStream out) {}
                }
                """;
        PluginJar.build(tmp.resolve("build-broken"), plugins.resolve("broken-plugin.jar"),
                Map.of("broken/Broken.java", source), List.of("broken.Broken", "broken.Missing"));

        Cli.Run formats = Cli.run("formats", "--plugins", plugins.toString());
        assertThat(formats.exitCode()).isEqualTo(1);
        assertThat(formats.out()).contains("json");
        assertThat(formats.err())
                .contains("broken-plugin.jar: exporter broken.Broken could not be loaded: IllegalStateException: licence key missing")
                .contains("broken-plugin.jar: exporter broken.Missing could not be loaded: ClassNotFoundException");

        Path out = tmp.resolve("out");
        Cli.Run export = Cli.run("export", "-f", "json", "--plugins", plugins.toString(), "-o", out.toString(),
                "src/test/resources/fixtures/salary-forms.md");
        assertThat(export.exitCode()).isZero();
        assertThat(out.resolve("salary-forms.json")).exists();
        assertThat(export.err()).contains("broken-plugin.jar");
    }

    @Test
    void missingPluginFolderIsAUsageError() {
        Cli.Run run = Cli.run("formats", "--plugins", tmp.resolve("absent").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("absent").contains("does not exist");
    }
}
