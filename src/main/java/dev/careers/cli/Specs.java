package dev.careers.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Declares the commands' options to picocli in code. Picocli reads the same from annotations, but
 * reading annotations makes the JVM generate a proxy class for each annotation type, and with the
 * reflection around it that cost every run about 50 ms (an eighth of a cold export). The values
 * are read back by name once the command line is parsed ({@link #value}).
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

    /** A flag: false unless given. */
    static void flag(CommandSpec spec, String description, String... names) {
        spec.addOption(OptionSpec.builder(names).type(boolean.class).initialValue(false)
                .description(description).build());
    }

    /** An option with one value, converted to the type; {@code initial} when not given (may be null). */
    static void option(CommandSpec spec, String label, Class<?> type, Object initial, String description,
            String... names) {
        spec.addOption(OptionSpec.builder(names).paramLabel(label).type(type).initialValue(initial)
                .description(description).build());
    }

    /** An option with one value read by the converter. */
    static void converted(CommandSpec spec, String label, Class<?> type, ITypeConverter<?> converter, Object initial,
            String description, String... names) {
        spec.addOption(OptionSpec.builder(names).paramLabel(label).type(type).converters(converter)
                .initialValue(initial).description(description).build());
    }

    /** A repeatable option whose values are collected in a list; {@code split} divides one value (or null). */
    static void list(CommandSpec spec, String label, Class<?> element, String split, String description,
            String... names) {
        OptionSpec.Builder option = OptionSpec.builder(names).paramLabel(label).type(List.class)
                .auxiliaryTypes(element).description(description);
        if (split != null) {
            option.splitRegex(split);
        }
        spec.addOption(option.build());
    }

    /** The positional parameters: the inputs, of this arity ("0..*", "1..*"). */
    static void inputs(CommandSpec spec, String arity, String description) {
        spec.addPositional(PositionalParamSpec.builder().paramLabel("<input>").arity(arity).index("0..*")
                .required(!arity.startsWith("0")).type(List.class).auxiliaryTypes(String.class).description(description).build());
    }

    /** The value of an option after parsing: what was given, or its initial value. */
    static <T> T value(CommandSpec spec, String name) {
        OptionSpec option = spec.findOption(name);
        if (option == null) {
            throw new IllegalArgumentException("the command " + spec.name() + " has no option " + name);
        }
        return option.getValue();
    }

    /** The values of a repeatable option: what was given, or an empty list. */
    static <T> List<T> values(CommandSpec spec, String name) {
        List<T> values = value(spec, name);
        return values == null ? List.of() : values;
    }

    /** The inputs given (see {@link #inputs(CommandSpec, String, String)}), or an empty list. */
    static List<String> inputValues(CommandSpec spec) {
        List<String> inputs = spec.positionalParameters().get(0).getValue();
        return inputs == null ? List.of() : inputs;
    }
}
