package dev.careers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Options declared once with their type and read back as it (issue 17). */
class ArgTest {
    private final CommandSpec spec = CommandSpec.create();
    private final Arg<Integer> jobs = Arg.option(spec, int.class, "<n>", 4, "Jobs.", "-j", "--jobs");
    private final Arg<Boolean> strict = Arg.flag(spec, "Strict.", "--strict");
    private final Arg<List<Path>> plugins = Arg.list(spec, Path.class, "<dir>", null, "Plugins.", "--plugins");
    private final Arg<List<String>> formats = Arg.list(spec, String.class, "<format>", ",", "Formats.", "-f");
    private final Arg<List<String>> inputs = Arg.inputs(spec, "0..*", "Inputs.");

    @Test
    void valuesComeBackAsTheirDeclaredTypes() {
        new CommandLine(spec).parseArgs("-j", "2", "--strict", "--plugins", "a", "--plugins", "b", "-f", "pdf,json",
                "x.md");
        int n = jobs.value();
        assertThat(n).isEqualTo(2);
        assertThat(strict.value()).isTrue();
        assertThat(plugins.value()).containsExactly(Path.of("a"), Path.of("b"));
        assertThat(formats.value()).containsExactly("pdf", "json");
        assertThat(inputs.value()).containsExactly("x.md");
        assertThat(jobs.name()).isEqualTo("--jobs");
    }

    @Test
    void optionsNotGivenReadAsTheirInitialValueOrAnEmptyList() {
        new CommandLine(spec).parseArgs();
        assertThat(jobs.value()).isEqualTo(4);
        assertThat(strict.value()).isFalse();
        assertThat(plugins.value()).isEmpty();
        assertThat(inputs.value()).isEmpty();
    }
}
