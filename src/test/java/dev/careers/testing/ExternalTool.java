package dev.careers.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an independent reader (pdftotext, qpdf, soffice, python3 with openpyxl) as a process.
 *
 * <p>When the tool is missing, a test is skipped on a developer's machine but fails in CI (where
 * {@code CI=true}) or with {@code -Dreaders.required=true}, so a CI run can never pass without
 * having read the outputs.
 */
public final class ExternalTool {
    private ExternalTool() {}

    /** What a finished process printed and returned. */
    public record Result(int exitCode, String stdout, String stderr) {
        public Result requireSuccess(List<String> command) {
            if (exitCode != 0) {
                throw new AssertionError(String.join(" ", command) + " exited " + exitCode
                        + "\nstdout: " + stdout + "\nstderr: " + stderr);
            }
            return this;
        }
    }

    /** Skips (or fails in CI) the calling test when the executable is not on the PATH. */
    public static void require(String executable) {
        boolean found = onPath(executable);
        boolean required = "true".equals(System.getenv("CI"))
                || Boolean.getBoolean("readers.required");
        if (!found && required) {
            throw new AssertionError(executable + " is required here (CI=true or -Dreaders.required) "
                    + "but is not installed: run .ci/run, which installs it");
        }
        assumeTrue(found, executable + " is not installed; install it to run this check (see .ci/run)");
    }

    /** Whether an executable is on the PATH. */
    public static boolean onPath(String executable) {
        if (executable.contains("/")) {
            return Files.isExecutable(Path.of(executable));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, executable))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a command (with a time limit) and fails the test when it exits non-zero. */
    public static Result run(String... command) {
        return run(List.of(command)).requireSuccess(List.of(command));
    }

    /** Runs a command with a time limit and returns what it printed, whatever its exit code. */
    public static Result run(List<String> command) {
        try {
            Path out = Files.createTempFile("tool-out", ".txt");
            Path err = Files.createTempFile("tool-err", ".txt");
            try {
                Process process = new ProcessBuilder(new ArrayList<>(command))
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .start();
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish in 5 minutes");
                }
                return new Result(process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
        }
    }
}
