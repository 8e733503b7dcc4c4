package dev.careers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.testing.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a real process: what a user runs. */
class PackagedJarIT {
    @TempDir
    Path tmp;

    private static String jar() {
        String jar = System.getProperty("careers.jar", "target/careers.jar");
        assertThat(Path.of(jar)).as("the packaged jar").exists();
        return jar;
    }

    @Test
    void exportsTheSampleFolderAndChecksIt() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ExternalTool.Result export = ExternalTool.run(List.of(java, "-jar", jar(), "export", "-f", "json",
                "-o", tmp.toString(), "input"));
        assertThat(export.exitCode()).as(export.stderr()).isZero();
        assertThat(tmp.resolve("metiers-ia.json")).exists();
        assertThat(Files.readString(tmp.resolve("metiers-ia.json"))).contains("Le Machine Learning Engineer (MLE)");

        ExternalTool.Result check = ExternalTool.run(List.of(java, "-jar", jar(), "check", "input/metiers-ia.md"));
        assertThat(check.exitCode()).isZero();
        assertThat(check.stdout()).contains("input/metiers-ia.md:1:1: info:");
        assertThat(check.stderr()).doesNotContain("Log4j").doesNotContain("SLF4J");

        ExternalTool.Result usage = ExternalTool.run(List.of(java, "-jar", jar(), "export", "--bogus"));
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.stderr()).doesNotContain("\tat ");
    }

    // Issue 17: front matter is read with jackson-databind (TOML's parser builds a tree even for
    // streaming): the jar must carry what YAML and TOML blocks need.
    @Test
    void readsYamlAndTomlFrontMatter() throws Exception {
        Files.writeString(tmp.resolve("yaml.md"), "---\ntitle: \"Nurse pay\"\ndescription: Pay of nurses\n"
                + "tags: [health, care]\ndate: 2024-05-01\nextra: {a: 1, b: [x, y]}\n---\n## Nurse\n");
        Files.writeString(tmp.resolve("toml.md"), "+++\ntitle = \"Welder pay\"\ndate = 2024-05-01\n"
                + "tags = [\"metal\", \"craft\"]\n[extra]\na = 1.5\n+++\n## Welder\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ExternalTool.Result export = ExternalTool.run(List.of(java, "-jar", jar(), "export", "-f", "json",
                "-o", tmp.resolve("out").toString(), tmp.resolve("yaml.md").toString(), tmp.resolve("toml.md").toString()));
        assertThat(export.exitCode()).as(export.stderr()).isZero();
        assertThat(export.stderr()).doesNotContain("frontmatter.invalid").doesNotContain("Error");
        assertThat(Files.readString(tmp.resolve("out/yaml.json"))).contains("Nurse pay").contains("Pay of nurses");
        assertThat(Files.readString(tmp.resolve("out/toml.json"))).contains("Welder pay");
    }

    // Issue 15: POI writes the workbook at run time, from the jar's own copy (with its schema
    // types and without Log4j's warning), and a run without xlsx loads none of it.
    @Test
    void poiLoadsOnlyWhenAWorkbookIsAsked() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path withoutXlsx = tmp.resolve("json-pdf.classes");
        ExternalTool.Result jsonPdf = ExternalTool.run(List.of(java, "-Xlog:class+load:file=" + withoutXlsx,
                "-jar", jar(), "export", "-q", "-f", "json,pdf", "-o", tmp.resolve("a").toString(), "input/metiers-ia.md"));
        assertThat(jsonPdf.exitCode()).as(jsonPdf.stderr()).isZero();
        assertThat(Files.readString(withoutXlsx)).contains("dev.careers.export.xlsx.XlsxExporter")
                .doesNotContain("org.apache.poi.").doesNotContain("org.apache.xmlbeans.");

        Path withXlsx = tmp.resolve("xlsx.classes");
        ExternalTool.Result xlsx = ExternalTool.run(List.of(java, "-Xlog:class+load:file=" + withXlsx,
                "-jar", jar(), "export", "-f", "xlsx", "-o", tmp.resolve("b").toString(), "input/metiers-ia.md"));
        assertThat(xlsx.exitCode()).as(xlsx.stderr()).isZero();
        assertThat(xlsx.stderr()).doesNotContain("Log4j").doesNotContain("ERROR");
        assertThat(Files.readString(withXlsx)).contains("org.apache.poi.xssf.usermodel.XSSFWorkbook ").contains("org.apache.poi.xddf.usermodel.chart.XDDFBarChartData");
        assertThat(tmp.resolve("b/metiers-ia.xlsx")).isNotEmptyFile();
    }
}
