package dev.careers.cli;

import dev.careers.batch.BatchRunner;
import dev.careers.batch.FileResult;
import dev.careers.batch.InputFile;
import dev.careers.model.Diagnostic;
import dev.careers.model.Severity;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Reports a batch on standard error: a one-line progress bar redrawn in place when standard error
 * is a terminal, else one plain line per file; nothing but errors with {@code --quiet}. Warnings
 * and errors of each file are printed compiler-style in input order.
 */
final class Progress implements BatchRunner.Listener {
    private final PrintWriter err;
    private final boolean bar;
    private final boolean quiet;
    private final boolean debug;
    private final long start = System.nanoTime();
    private int total;
    private int done;

    Progress(PrintWriter err, boolean bar, boolean quiet, boolean debug) {
        this.err = err;
        this.bar = bar && !quiet;
        this.quiet = quiet;
        this.debug = debug;
    }

    @Override
    public void started(int total) {
        this.total = total;
        draw("");
    }

    @Override
    public synchronized void finished(InputFile input, FileResult result) {
        done++;
        clearBar();
        printProblems(err, quiet, input.name(), result);
        if (!bar && !quiet && result.status() != FileResult.Status.SKIPPED) {
            err.printf("[%d/%d] %s %s (%d career%s, %d ms)%n", done, total, result.status().id(), input.name(),
                    result.careers(), result.careers() == 1 ? "" : "s", result.millis());
        }
        draw(input.name());
        err.flush();
    }

    @Override
    public synchronized void unexpected(InputFile input, Throwable error) {
        if (debug) {
            clearBar();
            err.println("careers: unexpected error in " + input.name() + ":");
            error.printStackTrace(err);
        }
    }

    /**
     * Prints the errors of an input, and its warnings unless {@code quiet}: its diagnostics
     * compiler-style, then the messages of what failed.
     */
    static void printProblems(PrintWriter err, boolean quiet, String name, FileResult result) {
        for (Diagnostic d : result.diagnostics()) {
            if (d.severity() == Severity.ERROR || (!quiet && d.severity() == Severity.WARNING)) {
                err.println(d.format(name));
            }
        }
        for (String error : result.errors()) {
            err.println("careers: error: " + error);
        }
    }

    /** Ends the bar line, before the closing message. */
    void close() {
        clearBar();
        err.flush();
    }

    private void draw(String current) {
        if (!bar || total == 0) {
            return;
        }
        int width = 24;
        int filled = width * done / total;
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        long eta = done == 0 ? 0 : elapsed * (total - done) / done;
        String name = current.length() > 40 ? "…" + current.substring(current.length() - 39) : current;
        err.print("\r[" + "=".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total
                + " " + time(elapsed) + " ETA " + time(eta) + " " + name + "\u001B[K");
        err.flush();
    }

    private void clearBar() {
        if (bar) {
            err.print("\r\u001B[K");
        }
    }

    private static String time(long millis) {
        Duration d = Duration.ofMillis(millis);
        return String.format("%02d:%02d", d.toMinutes(), d.toSecondsPart());
    }
}
