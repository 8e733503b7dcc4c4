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
}
