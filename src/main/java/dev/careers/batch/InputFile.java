package dev.careers.batch;

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

    /** Whether this input is standard input. */
    public boolean isStandardInput() {
        return path == null;
    }
}
