package dev.careers.cli;

import dev.careers.export.Exporters;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code careers formats}: lists the exporters found, built-in and plugins. */
final class FormatsCommand implements Callable<Integer> {
    private final Terminal terminal;
    private final CommandSpec spec;
    private final PluginOptions pluginOptions;

    FormatsCommand(Terminal terminal) {
        this.terminal = terminal;
        this.spec = Specs.command(this, "formats", "List the output formats: built-in and from plugins.");
        pluginOptions = new PluginOptions(spec);
        Specs.helpOptions(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Exporters exporters = pluginOptions.exporters(terminal.env());
        PrintWriter out = spec.commandLine().getOut();
        for (Exporters.Entry entry : exporters.entries()) {
            out.printf("%-6s .%-5s %s (%s)%n", entry.exporter().format(), entry.exporter().extension(),
                    entry.exporter().description(), entry.origin());
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        exporters.problems().forEach(p -> err.println("careers: warning: " + p));
        err.flush();
        return exporters.problems().isEmpty() ? 0 : 1;
    }
}
