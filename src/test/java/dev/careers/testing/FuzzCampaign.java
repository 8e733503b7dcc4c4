package dev.careers.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs one fuzz property over many generated inputs: a seeded, reproducible campaign. Each case
 * gets its own seed derived from the campaign seed, the property name and the case number, so a
 * failing input is saved and can be replayed alone.
 *
 * <p>Settings (system properties):
 *
 * <ul>
 *   <li>{@code fuzz.iterations} cases per property (default: the property's short CI count)
 *   <li>{@code fuzz.seed} campaign seed (default fixed, so CI is deterministic)
 *   <li>{@code fuzz.timeout} seconds one case may take before it counts as a hang (default 20)
 *   <li>{@code fuzz.replay} a saved input file or a folder of them: check those instead of
 *       generating inputs
 * </ul>
 *
 * <p>A failing input is written to {@code target/fuzz-failures/<property>-<case seed>.md}, with the
 * failure and its stack trace in a {@code .txt} file beside it. The campaign goes on after a
 * failure (up to {@link #MAX_FAILURES}) so one run reports several distinct problems.
 */
public final class FuzzCampaign {
    /** The seed CI uses. */
    public static final long DEFAULT_SEED = 20_261_126L;

    /** Where failing inputs are saved. */
    public static final Path FAILURES = Path.of("target", "fuzz-failures");

    static final int MAX_FAILURES = 5;

    /** A property checked on one input; throws (an assertion error or anything else) when it fails. */
    public interface Check {
        void check(byte[] input) throws Exception;
    }

    private final String name;
    private final int iterations;
    private final long seed;
    private final long timeoutSeconds;

    private FuzzCampaign(String name, int defaultIterations) {
        this.name = name;
        this.iterations = Integer.getInteger("fuzz.iterations", defaultIterations);
        this.seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        this.timeoutSeconds = Long.getLong("fuzz.timeout", 20);
    }

    /** A campaign for the named property, with its CI number of cases. */
    public static FuzzCampaign of(String name, int defaultIterations) {
        return new FuzzCampaign(name, defaultIterations);
    }

    /** The number of cases this run checks. */
    public int iterations() {
        return iterations;
    }

    /**
     * Checks the property on {@link #iterations()} inputs made by the generator (or on the
     * replayed files), and fails naming every saved failing input.
     */
    public void run(Function<Random, byte[]> generator, Check check) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-" + name);
            t.setDaemon(true); // a hung case must not keep the JVM alive
            return t;
        });
        List<String> failures = new ArrayList<>();
        Throwable first = null;
        try {
            List<Path> replay = replayFiles();
            int count = replay != null ? replay.size() : iterations;
            for (int i = 0; i < count && failures.size() < MAX_FAILURES; i++) {
                long caseSeed = caseSeed(i);
                byte[] input = replay != null ? Files.readAllBytes(replay.get(i)) : generator.apply(new Random(caseSeed));
                Throwable failure = runOne(worker, check, input);
                if (failure != null) {
                    String label = replay != null ? replay.get(i).toString() : save(caseSeed, input, failure);
                    failures.add(label + ": " + failure);
                    if (first == null) {
                        first = failure;
                    }
                    if (failure instanceof TimeoutException) {
                        worker.shutdownNow(); // the hung thread is a daemon: start afresh
                        worker = Executors.newSingleThreadExecutor();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            worker.shutdownNow();
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("fuzz property '" + name + "' (seed " + seed + ") failed on "
                    + failures.size() + " input(s), saved for -Dfuzz.replay=…:\n  "
                    + String.join("\n  ", failures), first);
        }
    }

    private Throwable runOne(ExecutorService worker, Check check, byte[] input) {
        Future<?> result = worker.submit(() -> {
            check.check(input);
            return null;
        });
        try {
            result.get(timeoutSeconds, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            result.cancel(true);
            return new TimeoutException("took more than " + timeoutSeconds + " s (a hang?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private long caseSeed(int i) {
        // SplitMix64 finaliser: neighbouring cases get unrelated seeds.
        long z = seed * 0x9E3779B97F4A7C15L + name.hashCode() * 0xBF58476D1CE4E5B9L + i;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private String save(long caseSeed, byte[] input, Throwable failure) throws IOException {
        Files.createDirectories(FAILURES);
        String base = name + "-" + Long.toHexString(caseSeed);
        Path md = FAILURES.resolve(base + ".md");
        Files.write(md, input);
        var trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        Files.writeString(FAILURES.resolve(base + ".txt"), "property " + name + ", campaign seed " + seed
                + ", case seed " + caseSeed + "\n\n" + trace);
        return md.toString();
    }

    private static List<Path> replayFiles() throws IOException {
        String replay = System.getProperty("fuzz.replay");
        if (replay == null || replay.isBlank()) {
            return null;
        }
        Path path = Path.of(replay);
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
            }
        }
        if (!Files.isRegularFile(path)) {
            throw new IOException("fuzz.replay=" + replay + " is neither a file nor a folder");
        }
        return List.of(path);
    }
}
