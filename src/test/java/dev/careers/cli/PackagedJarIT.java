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
}
