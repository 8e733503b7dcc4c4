package dev.careers.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the man pages of careers and of each of its commands as AsciiDoc, with picocli-codegen's
 * {@link ManPageGenerator}, from the same command line that runs (its commands are declared in
 * code, so the generator's own main, which takes annotated classes, cannot see them). The build
 * runs it at {@code package} and converts the pages to roff (see pom.xml); it lives with the
 * tests so that picocli-codegen never reaches the jar.
 */
final class ManPages {
    private ManPages() {}

    /** Writes {@code careers.adoc}, {@code careers-export.adoc}, … into the folder given. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ManPages <output folder>, not " + String.join(" ", args));
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        CommandLine commandLine = CareersCommand.commandLine(new Terminal(InputStream.nullInputStream(),
                OutputStream.nullOutputStream(), false, false, Map.of()));
        int code = ManPageGenerator.generateManPage(folder.toFile(), null, new boolean[0], true,
                commandLine.getCommandSpec());
        if (code != 0) {
            throw new IllegalStateException("picocli's ManPageGenerator failed with exit code " + code);
        }
    }
}
