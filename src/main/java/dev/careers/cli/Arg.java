package dev.careers.cli;

import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * One option or positional parameter of a command, declared once with its Java type: it adds
 * itself to picocli's {@link CommandSpec} and, once the command line is parsed, gives its value
 * back as that type. A command keeps each as a field and reads {@code jobs.value()}, so a renamed
 * option or a changed type is a compile error, not a failure at run time. Declared in code rather
 * than with annotations for start-up time (see {@link Specs}).
 *
 * @param <T> the type of the value: the option's type, boxed ({@code int} gives {@code Integer}),
 *     or a list of the element type for a repeatable option
 */
abstract class Arg<T> {
    private final ArgSpec spec;

    private Arg(ArgSpec spec) {
        this.spec = spec;
    }

    /** A flag: false unless given. */
    static Arg<Boolean> flag(CommandSpec command, String description, String... names) {
        return add(command, OptionSpec.builder(names).type(boolean.class).initialValue(false)
                .description(description), Boolean.class);
    }

    /** An option with one value converted to the type; {@code initial} when not given (may be null). */
    static <T> Arg<T> option(CommandSpec command, Class<T> type, String label, T initial, String description,
            String... names) {
        return add(command, OptionSpec.builder(names).paramLabel(label).type(type).initialValue(initial)
                .description(description), boxed(type));
    }

    /** An option as {@link #option}, left out of the usage help (for tests). */
    static <T> Arg<T> hidden(CommandSpec command, Class<T> type, String label, T initial, String description,
            String... names) {
        return add(command, OptionSpec.builder(names).paramLabel(label).type(type).initialValue(initial)
                .hidden(true).description(description), boxed(type));
    }

    /** An option with one value read by the converter; {@code initial} when not given. */
    static <T> Arg<T> converted(CommandSpec command, Class<T> type, ITypeConverter<T> converter, String label,
            T initial, String description, String... names) {
        return add(command, OptionSpec.builder(names).paramLabel(label).type(type).converters(converter)
                .initialValue(initial).description(description), boxed(type));
    }

    /**
     * A repeatable option whose values are collected in a list, empty when not given;
     * {@code split} divides one value (a regex, or null).
     */
    static <E> Arg<List<E>> list(CommandSpec command, Class<E> element, String label, String split,
            String description, String... names) {
        OptionSpec.Builder option = OptionSpec.builder(names).paramLabel(label).type(List.class)
                .auxiliaryTypes(element).description(description);
        if (split != null) {
            option.splitRegex(split);
        }
        OptionSpec spec = option.build();
        command.addOption(spec);
        return new Many<>(spec, element);
    }

    /** The positional parameters of a command: the inputs, of this arity ("0..*", "1..*"); empty when none. */
    static Arg<List<String>> inputs(CommandSpec command, String arity, String description) {
        PositionalParamSpec spec = PositionalParamSpec.builder().paramLabel("<input>").arity(arity).index("0..*")
                .required(!arity.startsWith("0")).type(List.class).auxiliaryTypes(String.class)
                .description(description).build();
        command.addPositional(spec);
        return new Many<>(spec, String.class);
    }

    /** One positional parameter of this arity ("0..1"), converted to the type; null when not given. */
    static <T> Arg<T> positional(CommandSpec command, Class<T> type, String label, String arity, String description) {
        PositionalParamSpec spec = PositionalParamSpec.builder().paramLabel(label).arity(arity).type(type)
                .description(description).build();
        command.addPositional(spec);
        return new One<>(spec, boxed(type));
    }

    /** The value after parsing: what was given, or the initial value. */
    final T value() {
        return read(spec.getValue());
    }

    abstract T read(Object value);

    /** The first name of the option as the user types it ("--jobs"), for messages. */
    String name() {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    private static <T> Arg<T> add(CommandSpec command, OptionSpec.Builder option, Class<T> type) {
        OptionSpec spec = option.build();
        command.addOption(spec);
        return new One<>(spec, type);
    }

    // Two small classes rather than a lambda per kind of option: every run declares every option,
    // and each lambda call site costs a generated class at start-up.

    /** An option or parameter with one value (or none: null). */
    private static final class One<T> extends Arg<T> {
        private final Class<T> type;

        One(ArgSpec spec, Class<T> type) {
            super(spec);
            this.type = type;
        }

        @Override
        T read(Object value) {
            return type.cast(value);
        }
    }

    /** An option or parameter with a list of values, empty when none was given. */
    private static final class Many<E> extends Arg<List<E>> {
        private final Class<E> element;

        Many(ArgSpec spec, Class<E> element) {
            super(spec);
            this.element = element;
        }

        @Override
        List<E> read(Object value) {
            if (value == null) {
                return List.of();
            }
            List<E> values = new ArrayList<>();
            for (Object v : (List<?>) value) {
                values.add(element.cast(v));
            }
            return Collections.unmodifiableList(values);
        }
    }

    // picocli holds the value of an int option as an Integer: read it back as the wrapper class.
    // int.class is a Class<Integer>, so the wrapper of a Class<T> is a Class<T> too.
    @SuppressWarnings("unchecked")
    private static <T> Class<T> boxed(Class<T> type) {
        Objects.requireNonNull(type, "type must not be null");
        return type.isPrimitive() ? (Class<T>) MethodType.methodType(type).wrap().returnType() : type;
    }
}
