package dev.careers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.testing.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, item 7: {@code careers completion bash|zsh} prints a script bash accepts and that completes. */
class CompletionTest {
    @TempDir
    Path tmp;

    @Test
    void theBashScriptIsValidAndCompletesCommandsOptionsAndShells() throws Exception {
        ExternalTool.require("bash");
        Cli.Run run = Cli.run("completion", "bash");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path script = Files.writeString(tmp.resolve("careers.bash"), run.out());
        ExternalTool.run("bash", "-n", script.toString());

        assertThat(complete(script, "careers ")).containsExactly("export", "check", "formats", "completion", "help");
        assertThat(complete(script, "careers ex")).containsExactly("export");
        assertThat(complete(script, "careers export --f")).contains("--format", "--fail-fast");
        assertThat(complete(script, "careers completion ")).containsExactly("bash", "zsh");
    }

    @Test
    void theZshScriptLoadsBashCompletionFirst() throws Exception {
        Cli.Run run = Cli.run("completion", "zsh");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("autoload -U +X bashcompinit && bashcompinit\n")
                .contains(Cli.run("completion", "bash").out());
        assertThat(run.out().indexOf("bashcompinit")).isLessThan(run.out().indexOf("complete -F"));
        Path script = Files.writeString(tmp.resolve("careers.zsh"), run.out());
        if (ExternalTool.onPath("zsh")) {
            ExternalTool.run("zsh", "-n", script.toString());
        }
        if (ExternalTool.onPath("bash")) {
            ExternalTool.run("bash", "-n", script.toString());
        }
    }

    @Test
    void anUnknownShellIsAUsageError() {
        Cli.Run run = Cli.run("completion", "fish");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown shell 'fish'").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    /** What bash offers for a command line (its last word the one being completed). */
    private static List<String> complete(Path script, String line) {
        String body = "source \"$1\"; read -ra COMP_WORDS <<<\"$2\"; [[ \"$2\" == *' ' ]] && COMP_WORDS+=('');"
                + " COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE=\"$2\"; COMP_POINT=${#2};"
                + " _complete_careers careers 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
        String out = ExternalTool.run("bash", "-c", body, "complete", script.toString(), line).stdout();
        return out.lines().filter(s -> !s.isEmpty()).toList();
    }
}
