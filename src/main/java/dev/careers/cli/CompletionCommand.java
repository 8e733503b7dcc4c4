package dev.careers.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code careers completion bash|zsh}: prints a script that completes careers' commands, options
 * and values in the shell. The bash script is picocli's ({@link AutoComplete}); zsh runs the same
 * script through its bash completion layer (bashcompinit).
 */
final class CompletionCommand implements Callable<Integer> {
    private static final List<String> SHELLS = List.of("bash", "zsh");

    private final CommandSpec spec;

    CompletionCommand() {
        this.spec = Specs.command(this, "completion", "Print a shell completion script for careers (bash or zsh).");
        spec.usageMessage().footer("%nEnable it for the current shell:",
                "  bash:  source <(careers completion bash)",
                "  zsh:   source <(careers completion zsh)",
                "or for every shell, in ~/.bashrc or ~/.zshrc:",
                "  eval \"$(careers completion bash)\"   (zsh: ... completion zsh)");
        spec.addPositional(PositionalParamSpec.builder().paramLabel("<shell>").arity("1").type(String.class)
                .completionCandidates(SHELLS).description("The shell: bash or zsh.").build());
        Specs.helpOptions(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        String shell = spec.positionalParameters().get(0).getValue();
        if (!SHELLS.contains(shell)) {
            throw new ParameterException(spec.commandLine(),
                    "unknown shell '" + shell + "'; completion scripts exist for " + String.join(" and ", SHELLS));
        }
        CommandLine top = spec.commandLine();
        while (top.getParent() != null) {
            top = top.getParent();
        }
        String script = AutoComplete.bash(top.getCommandName(), top);
        PrintWriter out = spec.commandLine().getOut();
        if (shell.equals("zsh")) {
            // zsh completes with bash's functions (complete, compgen) once bashcompinit is loaded;
            // compinit only when the shell has not set up completion yet (it resets what was set).
            out.print("# careers completion for zsh: the bash script below, through zsh's bashcompinit.\n"
                    + "if ! type compdef > /dev/null 2>&1; then\n"
                    + "  autoload -U +X compinit && compinit\n"
                    + "fi\n"
                    + "autoload -U +X bashcompinit && bashcompinit\n\n");
        }
        out.print(script);
        out.flush();
        return 0;
    }
}
