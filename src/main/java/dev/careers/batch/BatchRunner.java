package dev.careers.batch;

import dev.careers.Careers;
import dev.careers.batch.FileResult.Output;
import dev.careers.batch.FileResult.Status;
import dev.careers.export.ExportOptions;
import dev.careers.export.Exporter;
import dev.careers.io.AtomicFile;
import dev.careers.model.CareerDocument;
import dev.careers.model.Diagnostic;
import dev.careers.parse.SourceException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
    private final Strictness strictness;
    private final boolean digests;
    private final InputStream standardInput;

    /**
     * What a batch is asked to do.
     *
     * @param digests whether each output's SHA-256 is computed (for a summary)
     */
    public record Settings(Path outputFolder, int jobs, boolean failFast, boolean strict, boolean digests) {
        public Settings {
            Objects.requireNonNull(outputFolder, "outputFolder must not be null");
            if (jobs < 1) {
                throw new IllegalArgumentException("jobs " + jobs + " must be >= 1");
            }
        }

        /** Settings with the SHA-256 of every output. */
        public Settings(Path outputFolder, int jobs, boolean failFast, boolean strict) {
            this(outputFolder, jobs, failFast, strict, true);
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
        this.strictness = Strictness.of(settings.strict());
        this.digests = settings.digests();
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
        // Fewer inputs than jobs (one big file, the sample): the cores left over export the other
        // formats of each file at the same time, so PDF and XLSX (and their class loading) overlap.
        int spare = jobs - Math.min(jobs, inputs.size());
        int offloaded = Math.min(spare / Math.max(1, inputs.size()), exporters.size() - 1);
        ExecutorService formatPool = offloaded > 0
                ? Executors.newFixedThreadPool(offloaded * inputs.size(), r -> {
                    Thread t = new Thread(r, "careers-format");
                    t.setDaemon(true);
                    return t;
                })
                : null;
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
                    FileResult result = process(input, slot, listener, formatPool, offloaded);
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
            if (formatPool != null) {
                formatPool.shutdownNow();
            }
        }
    }

    // An input that could not be read: failed, with its message and nothing written.
    private static FileResult unread(InputFile input, String message, long start) {
        return new FileResult(input.name(), Status.FAILED, List.of(), 0, List.of(), List.of(message), millis(start));
    }

    private FileResult process(InputFile input, CareerDocument[] slot, Listener listener,
            ExecutorService formatPool, int offloaded) {
        long start = System.nanoTime();
        List<Diagnostic> rendering = Collections.synchronizedList(new ArrayList<>());
        List<Output> outputs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        CareerDocument document;
        try {
            document = input.read(careers.parser(), standardInput);
        } catch (SourceException e) {
            return unread(input, e.getMessage(), start);
        } catch (RuntimeException | StackOverflowError e) {
            listener.unexpected(input, e);
            return unread(input, input.name() + ": cannot be parsed: " + describe(e), start);
        }
        // Each format collects its own results, merged in format order: the same outputs,
        // diagnostics and messages whether the formats ran one after the other or at once.
        List<FormatResult> formats = new ArrayList<>();
        List<Future<?>> running = new ArrayList<>();
        for (Exporter exporter : exporters) {
            var format = new FormatResult();
            formats.add(format);
            Runnable export = () -> export(input, document, exporter, format, listener);
            if (running.size() < offloaded) {
                running.add(formatPool.submit(export));
            } else {
                export.run();
            }
        }
        for (Future<?> future : running) {
            awaitFormat(future);
        }
        for (FormatResult format : formats) {
            rendering.addAll(format.diagnostics);
            if (format.output != null) {
                outputs.add(format.output);
            }
            if (format.error != null) {
                errors.add(format.error);
            }
        }
        CareerDocument withRendering = document.withDiagnostics(rendering);
        slot[0] = withRendering;
        boolean failed = !errors.isEmpty() || strictness.fails(withRendering.diagnostics());
        return new FileResult(input.name(), failed ? Status.FAILED : Status.OK, outputs,
                document.careers().size(), withRendering.diagnostics(), errors, millis(start));
    }

    /**
     * Exports one input in the one format of this runner to a stream, such as standard output for
     * {@code -o -}. The output is rendered in memory and written only once the export returned, so
     * that a failure never leaves half a file in a pipe. The stream is flushed, not closed.
     *
     * @return the result: FAILED, with nothing written, when the input cannot be read; FAILED
     *     after writing when it has errors (or warnings under {@code --strict})
     * @throws IllegalStateException when this runner was not given exactly one format
     * @throws IOException when the export or writing to the stream fails
     */
    public FileResult exportTo(InputFile input, OutputStream out) throws IOException {
        if (exporters.size() != 1) {
            throw new IllegalStateException("a stream takes one format, not " + exporters.size());
        }
        Exporter exporter = exporters.get(0);
        long start = System.nanoTime();
        CareerDocument document;
        try {
            document = input.read(careers.parser(), standardInput);
        } catch (SourceException e) {
            return unread(input, e.getMessage(), start);
        }
        List<Diagnostic> rendering = Collections.synchronizedList(new ArrayList<>());
        var buffer = new ByteArrayOutputStream();
        exporter.export(document, careers.options().withDiagnostics(rendering::add), buffer);
        buffer.writeTo(out);
        out.flush();
        // A stream is not a file of the output folder: the result lists no output.
        CareerDocument withRendering = document.withDiagnostics(rendering);
        return new FileResult(input.name(), strictness.fails(withRendering.diagnostics()) ? Status.FAILED : Status.OK,
                List.of(), document.careers().size(), withRendering.diagnostics(), List.of(), millis(start));
    }

    /**
     * What {@code --combine} wrote: the outputs, the formats that cannot combine documents
     * (warnings), and what failed (errors). Immutable.
     */
    public record Combined(List<Output> outputs, List<String> warnings, List<String> errors) {
        public Combined {
            outputs = List.copyOf(outputs);
            warnings = List.copyOf(warnings);
            errors = List.copyOf(errors);
        }
    }

    /**
     * Writes the documents of a run as one output per format that can combine documents,
     * {@code <name>.<extension>} in the output folder, each atomically.
     *
     * @param documents the documents read, in input order (see {@link #run} with {@code keepDocuments})
     * @param name the name of the outputs, without extension
     */
    public Combined combine(List<CareerDocument> documents, String name) {
        Objects.requireNonNull(name, "name must not be null");
        if (documents.isEmpty()) {
            return new Combined(List.of(), List.of(),
                    List.of("--combine " + name + ": no input could be read, nothing to combine"));
        }
        List<Output> outputs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Exporter exporter : exporters) {
            if (!exporter.supportsCombined()) {
                warnings.add(exporter.format() + " cannot combine documents; --combine skips it");
                continue;
            }
            Path target = outputFolder.resolve(name + "." + exporter.extension());
            try {
                AtomicFile.Written written = careers.exportCombinedTo(documents, exporter.format(), target);
                outputs.add(new Output(target.toString(), exporter.format(), written.bytes(), written.sha256()));
            } catch (IOException | RuntimeException e) {
                errors.add(target + ": the combined " + exporter.format() + " export failed: " + e.getMessage());
            }
        }
        return new Combined(outputs, warnings, errors);
    }

    /** What one format of one input gave. */
    private static final class FormatResult {
        final List<Diagnostic> diagnostics = Collections.synchronizedList(new ArrayList<>());
        Output output;
        String error;
    }

    private void export(InputFile input, CareerDocument document, Exporter exporter, FormatResult result,
            Listener listener) {
        ExportOptions options = careers.options().withDiagnostics(result.diagnostics::add);
        Path target = outputFolder.resolve(input.outputBase() + "." + exporter.extension());
        try {
            AtomicFile.Written written = AtomicFile.write(target, out -> exporter.export(document, options, out), digests);
            result.output = new Output(target.toString(), exporter.format(), written.bytes(), written.sha256());
        } catch (IOException e) {
            result.error = "cannot write " + target + ": " + describe(e);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            listener.unexpected(input, e);
            result.error = input.name() + ": the " + exporter.format() + " export failed: " + describe(e);
        }
    }

    // Errors of an export are kept in its FormatResult; only an interrupt or a bug lands here.
    private static void awaitFormat(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("format export failed unexpectedly", cause);
        }
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
