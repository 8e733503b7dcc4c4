package dev.careers.batch;

import dev.careers.model.CareerDocument;
import dev.careers.parse.CareerParser;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input of a run and where its outputs go.
 *
 * @param path the file, or null for standard input
 * @param name the name shown in messages (the path as given or found, "-" for standard input)
 * @param outputBase the output path relative to the output folder, without extension
 *     ("metiers-ia", "team-a/README")
 */
public record InputFile(Path path, String name, String outputBase) {
    public InputFile {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(outputBase, "outputBase must not be null");
    }

    /**
     * Reads and parses this input: the file, or the given standard input (whose relative image
     * paths resolve against the working folder).
     *
     * @throws dev.careers.parse.SourceException when it cannot be read as a career page
     */
    public CareerDocument read(CareerParser parser, InputStream standardInput) {
        return isStandardInput() ? parser.parse(standardInput, name, Path.of("")) : parser.parse(path);
    }

    /**
     * The input a command-line argument names: "-" is standard input, anything else a file whose
     * outputs are named after it ({@code docs/a.md} → {@code a}).
     */
    public static InputFile of(String argument) {
        if (argument.equals("-")) {
            return new InputFile(null, "-", "stdin");
        }
        Path path = Path.of(argument);
        return new InputFile(path, argument, withoutExtension(path.getFileName().toString()));
    }

    /** A relative path without its last extension ("team/README.md" → "team/README"). */
    static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }

    /** Whether this input is standard input. */
    public boolean isStandardInput() {
        return path == null;
    }
}
