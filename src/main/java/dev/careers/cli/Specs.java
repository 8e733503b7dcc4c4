package dev.careers.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Declares the commands to picocli in code: a command, its exit codes, its help options; each
 * option is an {@link Arg}, declared once with its type. Picocli reads the same from annotations,
 * but reading annotations makes the JVM generate a proxy class for each annotation type, and with
 * the reflection around it that cost every run about 50 ms (an eighth of a cold export).
 */
final class Specs {
    private Specs() {}

    /** A command of this user object (a {@code Callable} or {@code Runnable}) with a description. */
    static CommandSpec command(Object command, String name, String description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name);
        spec.usageMessage().description(description);
        return spec;
    }

    /** Lists the exit codes at the end of the usage help ({@code "0:success"}, one per code). */
    static void exitCodes(CommandSpec spec, String... codes) {
        Map<String, String> list = new LinkedHashMap<>();
        for (String code : codes) {
            int colon = code.indexOf(':');
            list.put(code.substring(0, colon), code.substring(colon + 1));
        }
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(list);
    }

    /** Adds {@code -h, --help} and {@code -V, --version}, as picocli's standard help options do. */
    static void helpOptions(CommandSpec spec) {
        spec.versionProvider(new CareersCommand.VersionProvider());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
    }
}
