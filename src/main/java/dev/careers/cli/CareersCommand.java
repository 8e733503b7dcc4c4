package dev.careers.cli;

import dev.careers.export.internal.Version;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The top command: {@code careers export | check | formats | help}. */
public final class CareersCommand implements Callable<Integer> {
    private final CommandSpec spec;

    private CareersCommand() {
        this.spec = Specs.command(this, "careers", "Turns career pages written in Markdown into PDF brochures, "
                + "Excel salary workbooks and JSON.");
        Specs.exitCodes(spec, "0:success",
                "1:a problem with an input or an output (the other inputs are still exported)",
                "2:usage error (unknown option or format, bad value)");
        Specs.helpOptions(spec);
    }

    /** The configured command line, with the error handling shared by every subcommand. */
    static CommandLine commandLine(Terminal terminal) {
        CommandSpec top = new CareersCommand().spec;
        top.addSubcommand("export", new ExportCommand(terminal).spec());
        top.addSubcommand("check", new CheckCommand(terminal).spec());
        top.addSubcommand("formats", new FormatsCommand(terminal).spec());
        top.addSubcommand("completion", new CompletionCommand().spec());
        top.addSubcommand("help", HelpCommand.spec());
        var commandLine = new CommandLine(top);
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            PrintWriter err = cl.getErr();
            // The command that failed (a subcommand): its own --debug, not the top command's.
            boolean debug = cl.getCommand() instanceof ParserOptions.User command && command.parserOptions().debug();
            if (e instanceof UsageException) {
                err.println("careers: " + e.getMessage());
                err.flush();
                return 2;
            }
            err.println("careers: error: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            if (debug) {
                e.printStackTrace(err);
            } else if (!(e instanceof java.io.IOException) && !(e instanceof java.io.UncheckedIOException)) {
                err.println("careers: run again with --debug to see where it happened");
            }
            err.flush();
            return 1;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** A mistake in how the command was called: exit code 2, no stack trace. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"careers " + Version.current(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
