package dev.careers.batch;

import dev.careers.Careers;
import dev.careers.batch.FileResult.Output;
import dev.careers.batch.FileResult.Status;
import dev.careers.export.ExportOptions;
import dev.careers.export.Exporter;
import dev.careers.model.CareerDocument;
import dev.careers.model.Diagnostic;
import dev.careers.model.Severity;
import dev.careers.parse.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Exports many inputs in one JVM, in parallel, each output written atomically. One bad input
 * never stops the others (unless {@code failFast}); results come back in input order whatever the
 * scheduling, so messages, summaries and exit codes do not depend on it.
 */
public final class BatchRunner {
    private final Careers careers;
    private final List<Exporter> exporters;
    private final Path outputFolder;
    private final int jobs;
    private final boolean failFast;
    private final boolean strict;
    private final InputStream standardInput;

    /** What a batch is asked to do. */
    public record Settings(Path outputFolder, int jobs, boolean failFast, boolean strict) {
        public Settings {
            Objects.requireNonNull(outputFolder, "outputFolder must not be null");
            if (jobs < 1) {
                throw new IllegalArgumentException("jobs " + jobs + " must be >= 1");
            }
        }
    }

    /** Callbacks while a batch runs: called from the calling thread, in input order. */
    public interface Listener {
        default void started(int total) {}

        default void finished(InputFile input, FileResult result) {}

        /** An unexpected exception (a bug in an exporter), for --debug. */
        default void unexpected(InputFile input, Throwable error) {}
    }

    /** The results of a run, in input order, and the documents read (for --combine). */
    public record Run(List<FileResult> results, List<CareerDocument> documents) {}

    public BatchRunner(Careers careers, List<Exporter> exporters, Settings settings, InputStream standardInput) {
        this.careers = Objects.requireNonNull(careers, "careers must not be null");
        this.exporters = List.copyOf(exporters);
        this.outputFolder = settings.outputFolder();
        this.jobs = settings.jobs();
        this.failFast = settings.failFast();
        this.strict = settings.strict();
        this.standardInput = standardInput;
    }

    /** Runs the batch and returns once every input is done. */
    public Run run(List<InputFile> inputs, boolean keepDocuments, Listener listener) {
        listener.started(inputs.size());
        Map<String, String> claimed = new HashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<CareerDocument> documents = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, inputs.size())), r -> {
            Thread t = new Thread(r, "careers-export");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileResult>> futures = new ArrayList<>();
            List<CareerDocument[]> slots = new ArrayList<>();
            for (InputFile input : inputs) {
                CareerDocument[] slot = new CareerDocument[1];
                slots.add(slot);
                String clash = claimed.putIfAbsent(input.outputBase(), input.name());
                if (clash != null) {
                    futures.add(pool.submit(() -> clash(input, clash)));
                    continue;
                }
                futures.add(pool.submit(() -> {
                    if (stop.get()) {
                        return skipped(input);
                    }
                    FileResult result = process(input, slot, listener);
                    if (failFast && result.status() == Status.FAILED) {
                        stop.set(true);
                    }
                    return result;
                }));
            }
            List<FileResult> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                FileResult result = await(futures.get(i), inputs.get(i));
                results.add(result);
                if (keepDocuments && slots.get(i)[0] != null) {
                    documents.add(slots.get(i)[0]);
                }
                listener.finished(inputs.get(i), result);
            }
            return new Run(results, List.copyOf(documents));
        } finally {
            pool.shutdownNow();
        }
    }

    private FileResult process(InputFile input, CareerDocument[] slot, Listener listener) {
        long start = System.nanoTime();
        List<Diagnostic> rendering = Collections.synchronizedList(new ArrayList<>());
        List<Output> outputs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        CareerDocument document;
        try {
            document = input.isStandardInput()
                    ? careers.parser().parse(standardInput, "-", Path.of(""))
                    : careers.parser().parse(input.path());
        } catch (SourceException e) {
            return new FileResult(input.name(), Status.FAILED, List.of(), 0, List.of(),
                    List.of(e.getMessage()), millis(start));
        } catch (RuntimeException | StackOverflowError e) {
            listener.unexpected(input, e);
            return new FileResult(input.name(), Status.FAILED, List.of(), 0, List.of(),
                    List.of(input.name() + ": cannot be parsed: " + describe(e)), millis(start));
        }
        ExportOptions options = careers.options().withDiagnostics(rendering::add);
        for (Exporter exporter : exporters) {
            Path target = outputFolder.resolve(input.outputBase() + "." + exporter.extension());
            try {
                AtomicFile.Written written = AtomicFile.write(target, out -> exporter.export(document, options, out));
                outputs.add(new Output(target.toString(), exporter.format(), written.bytes(), written.sha256()));
            } catch (IOException e) {
                errors.add("cannot write " + target + ": " + describe(e));
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                listener.unexpected(input, e);
                errors.add(input.name() + ": the " + exporter.format() + " export failed: " + describe(e));
            }
        }
        CareerDocument withRendering = document.withDiagnostics(rendering);
        slot[0] = withRendering;
        boolean failed = !errors.isEmpty() || withRendering.has(Severity.ERROR)
                || (strict && withRendering.has(Severity.WARNING));
        return new FileResult(input.name(), failed ? Status.FAILED : Status.OK, outputs,
                document.careers().size(), withRendering.diagnostics(), errors, millis(start));
    }

    private static FileResult clash(InputFile input, String first) {
        return new FileResult(input.name(), Status.FAILED, List.of(), 0, List.of(),
                List.of(input.name() + ": its outputs would overwrite those of " + first
                        + " (same name in the output folder); rename one of them"), 0);
    }

    private static FileResult skipped(InputFile input) {
        return new FileResult(input.name(), Status.SKIPPED, List.of(), 0, List.of(), List.of(), 0);
    }

    private static FileResult await(Future<FileResult> future, InputFile input) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FileResult(input.name(), Status.FAILED, List.of(), 0, List.of(),
                    List.of(input.name() + ": interrupted"), 0);
        } catch (ExecutionException e) {
            return new FileResult(input.name(), Status.FAILED, List.of(), 0, List.of(),
                    List.of(input.name() + ": " + describe(e.getCause())), 0);
        }
    }

    static String describe(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "the input is nested too deeply to process";
        }
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason() != null ? fs.getReason() : switch (fs.getClass().getSimpleName()) {
                case "AccessDeniedException" -> "permission denied";
                case "NoSuchFileException" -> "no such file or folder";
                case "NotDirectoryException" -> "not a folder";
                case "FileSystemLoopException" -> "a symbolic link loop";
                default -> fs.getClass().getSimpleName();
            };
            return (fs.getFile() != null ? fs.getFile() + ": " : "") + reason;
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
