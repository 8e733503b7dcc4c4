package dev.careers.cli;

import dev.careers.model.Languages;
import dev.careers.parse.CareerParser;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Options that say how sources are read, shared by {@code export} and {@code check}. */
final class ParserOptions {
    private final Arg<String> language;
    private final Arg<Path> resourceRoot;
    private final Arg<Long> maxInputBytes;
    private final Arg<Boolean> debug;

    /** Declares the options in a command. */
    ParserOptions(CommandSpec spec) {
        this.language = Arg.option(spec, String.class, "<lang>", null, "Document language for labels and formats: "
                + Languages.listed() + " (default: detected).", "--lang");
        this.resourceRoot = Arg.option(spec, Path.class, "<dir>", null,
                "Only read images (logos) named by sources inside this folder.", "--resource-root");
        this.maxInputBytes = Arg.converted(spec, long.class, new SizeConverter(), "<bytes>",
                CareerParser.DEFAULT_MAX_INPUT_BYTES, "Largest input file accepted, e.g. 16M or 500k (default: 16M).",
                "--max-input-size");
        this.debug = Arg.flag(spec, "Show stack traces of unexpected errors.", "--debug");
    }

    /** Whether {@code --debug} was given. */
    boolean debug() {
        return debug.value();
    }

    /** The parser the options given ask for. */
    CareerParser parser() {
        String lang = language.value();
        if (lang != null && !Languages.isSupported(lang)) {
            throw new CareersCommand.UsageException(
                    language.name() + " must be one of " + Languages.listed() + ", not '" + lang + "'");
        }
        return CareerParser.builder()
                .language(lang)
                .resourceRoot(resourceRoot.value())
                .maxInputBytes(maxInputBytes.value())
                .build();
    }

    /** A command that reads sources with these options. */
    interface User {
        ParserOptions parserOptions();
    }

    /** Reads sizes such as 16M, 500k, 1G or a number of bytes. */
    static final class SizeConverter implements picocli.CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().toUpperCase(java.util.Locale.ROOT);
            long factor = 1;
            if (v.endsWith("K") || v.endsWith("M") || v.endsWith("G")) {
                factor = v.endsWith("K") ? 1L << 10 : v.endsWith("M") ? 1L << 20 : 1L << 30;
                v = v.substring(0, v.length() - 1);
            }
            try {
                long size = Long.parseLong(v) * factor;
                if (size < 1) {
                    throw new picocli.CommandLine.TypeConversionException("'" + value + "' must be at least 1 byte");
                }
                return size;
            } catch (NumberFormatException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a size (use a number of bytes, or 500k, 16M, 1G)");
            }
        }
    }
}
