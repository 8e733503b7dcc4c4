package dev.careers.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code careers help [COMMAND]}: the usage help of a command, or of {@code careers}. What
 * picocli's own {@code HelpCommand} does, declared in code like the other commands (see {@link Specs}).
 */
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {
    private CommandLine self;
    private ColorScheme colors;
    private PrintWriter out;
    private Arg<String> command;

    private HelpCommand() {}

    static CommandSpec spec() {
        var help = new HelpCommand();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(help);
        spec.name("help");
        spec.helpCommand(true);
        spec.usageMessage()
                .header("Display help information about the specified command.")
                .synopsisHeading("%nUsage: ")
                .description("%nWhen no COMMAND is given, the usage help for the main command is displayed.",
                        "If a COMMAND is specified, the help for that command is shown.%n");
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show usage help for the help command and exit.").build());
        help.command = Arg.positional(spec, String.class, "COMMAND", "0..1",
                "The COMMAND to display the usage help message for.");
        return spec;
    }

    @Override
    public void init(CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter outWriter,
            PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine parent = self.getParent();
        String name = command.value();
        if (name == null) {
            parent.usage(out, colors);
            return;
        }
        CommandLine command = parent.getSubcommands().get(name);
        if (command == null) {
            throw new ParameterException(parent, "Unknown subcommand '" + name + "'.", null, name);
        }
        command.usage(out, colors);
    }
}
