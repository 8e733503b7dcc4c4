package dev.careers.cli;

import dev.careers.model.Languages;
import dev.careers.parse.CareerParser;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Options that say how sources are read, shared by {@code export} and {@code check}. */
final class ParserOptions {
    final String language;
    final Path resourceRoot;
    final long maxInputBytes;
    final boolean debug;

    private ParserOptions(CommandSpec spec) {
        this.language = Specs.value(spec, "--lang");
        this.resourceRoot = Specs.value(spec, "--resource-root");
        this.maxInputBytes = Specs.value(spec, "--max-input-size");
        this.debug = Specs.value(spec, "--debug");
    }

    /** Declares the options in a command. */
    static void addTo(CommandSpec spec) {
        Specs.option(spec, "<lang>", String.class, null, "Document language for labels and formats: "
                + Languages.listed() + " (default: detected).", "--lang");
        Specs.option(spec, "<dir>", Path.class, null,
                "Only read images (logos) named by sources inside this folder.", "--resource-root");
        Specs.converted(spec, "<bytes>", long.class, new SizeConverter(), CareerParser.DEFAULT_MAX_INPUT_BYTES,
                "Largest input file accepted, e.g. 16M or 500k (default: 16M).", "--max-input-size");
        Specs.flag(spec, "Show stack traces of unexpected errors.", "--debug");
    }

    /** The options as given on the parsed command line. */
    static ParserOptions of(CommandSpec spec) {
        return new ParserOptions(spec);
    }

    CareerParser parser() {
        if (language != null && !Languages.isSupported(language)) {
            throw new CareersCommand.UsageException(
                    "--lang must be one of " + Languages.listed() + ", not '" + language + "'");
        }
        return CareerParser.builder()
                .language(language)
                .resourceRoot(resourceRoot)
                .maxInputBytes(maxInputBytes)
                .build();
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
