package dev.careers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.testing.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 17, item 7: the build leaves a roff man page per command in target/man, and man shows them. */
class ManPageIT {
    private static Path manFolder() {
        Path jar = Path.of(System.getProperty("careers.jar", "target/careers.jar"));
        return jar.toAbsolutePath().getParent().resolve("man");
    }

    @Test
    void everyCommandHasARoffManPage() throws Exception {
        for (String page : List.of("careers", "careers-export", "careers-check", "careers-formats",
                "careers-completion", "careers-help")) {
            Path file = manFolder().resolve(page + ".1");
            assertThat(file).as("man page of " + page).isRegularFile();
            assertThat(Files.readString(file)).as(page).contains(".TH \"" + page.toUpperCase().replace("-", "\\-") + "\" \"1\"")
                    .contains(".SH \"NAME\"").contains(".SH \"SYNOPSIS\"");
        }
    }

    @Test
    void manDisplaysThePageOfCareers() throws Exception {
        ExternalTool.require("man");
        var command = new ProcessBuilder("man", "-l", manFolder().resolve("careers.1").toString());
        Map<String, String> env = command.environment();
        env.put("MANPAGER", "cat");
        env.put("MANWIDTH", "100");
        Path out = Files.createTempFile("man", ".txt");
        try {
            Process man = command.redirectOutput(out.toFile()).redirectErrorStream(true).start();
            assertThat(man.waitFor()).as(Files.readString(out)).isZero();
            String page = Files.readString(out);
            assertThat(page).contains("NAME").contains("careers - Turns career pages written in Markdown")
                    .contains("SYNOPSIS").contains("careers [-hV] [COMMAND]")
                    .contains("completion").contains("Print a shell completion script")
                    .contains("EXIT CODES");
            assertThat(page).doesNotContain("warning");
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
