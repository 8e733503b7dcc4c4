package dev.careers.io;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden temporary files {@link AtomicFile} writes next to their target before renaming them
 * over it, {@code .NAME.PID-RANDOM.part}, and the removal of those a killed run left behind.
 *
 * <p>A run stopped with SIGKILL (the out-of-memory killer does that) cannot clean up after itself.
 * So a run about to write NAME first removes NAME's part files (that exact pattern, in that folder,
 * nothing else) whose writer is gone: the process named by PID is no longer alive, or the PID now
 * belongs to a process that started after the file was last written (PIDs are reused), or it is
 * this process's PID and the file is not one this process is writing (a container restarted
 * under the same PID). A part file of a live run, such as a second run writing into the same
 * folder, is left alone. Part files named before the PID was part of the name,
 * {@code .NAME.RANDOM.part}, are removed once {@link #UNOWNED_AGE} passed since they were written.
 *
 * <p>Each folder is listed once (again after {@link #RESCAN}) rather than once per output, so a
 * batch of thousands of outputs into one folder does not read the folder thousands of times.
 * Thread-safe.
 */
final class PartFiles {
    /** How long a part file without a PID in its name is left alone after it was last written. */
    static final Duration UNOWNED_AGE = Duration.ofMinutes(10);

    // A process's start time is read to the second at best: a PID counts as reused only when its
    // process started clearly after the file was last written.
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);
    private static final Duration RESCAN = Duration.ofMinutes(1);

    private static final String SUFFIX = ".part";
    private static final long PID = ProcessHandle.current().pid();
    private static final Pattern OWNED = Pattern.compile("(\\d{1,18})-[0-9a-z]{1,13}");
    private static final Pattern UNOWNED = Pattern.compile("[0-9a-z]{1,13}");

    // The part files this process is writing, by file name (the random part makes names unique
    // enough): consulted before removing a file that carries this process's PID, and emptied by
    // the shutdown hook.
    private static final Map<String, Path> IN_PROGRESS = new ConcurrentHashMap<>();
    private static final Map<Path, Listing> LISTINGS = new HashMap<>(); // guarded by itself

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path temp : IN_PROGRESS.values()) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Best effort while the JVM stops: the next run that writes this output removes it.
                }
            }
        }, "careers-temp-cleanup"));
    }

    /** The part files of one folder when it was listed, by the name of the output they stand for. */
    private record Listing(long nanos, Map<String, List<Path>> byTarget) {}

    private PartFiles() {}

    /**
     * Creates a new empty part file for the output {@code name} in {@code folder}, marked as in
     * progress until {@link #release} is called. Not {@code Files.createTempFile}: its files are
     * private (0600) and would stay so once renamed; a plain createFile gives the permissions any
     * other new file of the user gets (umask).
     */
    static Path create(Path folder, String name) throws IOException {
        while (true) {
            String partName = "." + name + "." + PID + "-"
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + SUFFIX;
            Path part = folder.resolve(partName);
            // Marked before it exists, so that a thread cleaning this folder never sees it unmarked.
            if (IN_PROGRESS.putIfAbsent(partName, part) != null) {
                continue;
            }
            try {
                return Files.createFile(part);
            } catch (FileAlreadyExistsException e) {
                // Another writer picked the same name: draw again.
                IN_PROGRESS.remove(partName);
            } catch (IOException | RuntimeException e) {
                IN_PROGRESS.remove(partName);
                throw e;
            }
        }
    }

    /** Marks a part file as no longer in progress (renamed or deleted by its writer). */
    static void release(Path part) {
        IN_PROGRESS.remove(part.getFileName().toString(), part);
    }

    /**
     * Removes the stale part files of the output {@code name} in {@code folder}; see the class
     * comment for which are stale. A file that cannot be removed is left: it is no reason to fail
     * the output, and stays as harmless as it was (hidden, never read).
     */
    static void removeStale(Path folder, String name) {
        List<Path> parts = listing(folder).byTarget().remove(name);
        if (parts == null) {
            return;
        }
        Instant now = Instant.now();
        for (Path part : parts) {
            try {
                if (isStale(part, now)) {
                    Files.deleteIfExists(part);
                }
            } catch (IOException e) {
                // Left in place, see above; a folder we may not delete in is reported by the write itself.
            }
        }
    }

    /** The output a part file name stands for, or null when it is not a part file name of ours. */
    static String target(String fileName) {
        String middle = middle(fileName);
        return middle == null ? null : fileName.substring(1, fileName.length() - SUFFIX.length() - middle.length() - 1);
    }

    private static String middle(String fileName) {
        if (!fileName.startsWith(".") || !fileName.endsWith(SUFFIX)) {
            return null;
        }
        String core = fileName.substring(1, fileName.length() - SUFFIX.length());
        int dot = core.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String middle = core.substring(dot + 1);
        return OWNED.matcher(middle).matches() || UNOWNED.matcher(middle).matches() ? middle : null;
    }

    static boolean isStale(Path part, Instant now) throws IOException {
        String fileName = part.getFileName().toString();
        String middle = middle(fileName);
        if (middle == null) {
            return false;
        }
        Instant modified;
        try {
            modified = Files.getLastModifiedTime(part).toInstant();
        } catch (NoSuchFileException e) {
            return false; // renamed by its writer or removed by another run meanwhile
        }
        Matcher owned = OWNED.matcher(middle);
        if (!owned.matches()) {
            return modified.isBefore(now.minus(UNOWNED_AGE));
        }
        long pid = Long.parseLong(owned.group(1));
        if (pid == PID) {
            return !IN_PROGRESS.containsKey(fileName);
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        Optional<Instant> started = process.get().info().startInstant();
        return started.isPresent() && started.get().isAfter(modified.plus(CLOCK_SLACK));
    }

    // The folder's listing, made again once RESCAN passed (for long-lived processes: --watch, a
    // library user). One lock for all folders: a listing is quick and made once per folder.
    private static Listing listing(Path folder) {
        synchronized (LISTINGS) {
            Listing listing = LISTINGS.get(folder);
            if (listing == null || System.nanoTime() - listing.nanos() >= RESCAN.toNanos()) {
                listing = list(folder);
                LISTINGS.put(folder, listing);
            }
            return listing;
        }
    }

    private static Listing list(Path folder) {
        Map<String, List<Path>> byTarget = new ConcurrentHashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*" + SUFFIX)) {
            for (Path entry : entries) {
                String target = target(entry.getFileName().toString());
                if (target != null) {
                    List<Path> parts = byTarget.get(target);
                    if (parts == null) {
                        parts = new ArrayList<>();
                        byTarget.put(target, parts);
                    }
                    parts.add(entry);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // A folder we may write in but not list (permissions -wx): we cannot see its leftovers.
        }
        return new Listing(System.nanoTime(), byTarget);
    }
}
