package dev.careers.cli;

import dev.careers.export.Exporters;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code careers formats}: lists the exporters found, built-in and plugins. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        versionProvider = CareersCommand.VersionProvider.class, description = "List the output formats: built-in and from plugins.")
final class FormatsCommand implements Callable<Integer> {
    @ParentCommand
    CareersCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Override
    public Integer call() {
        Exporters exporters = plugins.exporters(parent.terminal.env());
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
