package dev.careers.cli;

import dev.careers.batch.BatchRunner;
import dev.careers.batch.InputFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --watch}: polls the exported files and exports again each one that changed, until the
 * process is stopped. Polling (twice a second) rather than a WatchService, because editors save
 * by renaming, which some file systems report late or not at all.
 */
final class Watcher {
    private static final long POLL_MILLIS = 500;

    private final BatchRunner runner;
    private final BatchRunner.Listener listener;
    private final PrintWriter err;
    private final int rounds;

    Watcher(BatchRunner runner, BatchRunner.Listener listener, PrintWriter err, int rounds) {
        this.runner = runner;
        this.listener = listener;
        this.err = err;
        this.rounds = rounds;
    }

    void watch(List<InputFile> files) {
        Map<InputFile, FileTime> seen = new HashMap<>();
        List<InputFile> watched = files.stream().filter(f -> !f.isStandardInput()).toList();
        watched.forEach(f -> seen.put(f, modified(f)));
        err.println("careers: watching " + watched.size() + " file" + (watched.size() == 1 ? "" : "s")
                + " for changes (Ctrl-C to stop)");
        err.flush();
        int done = 0;
        while (done < rounds) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            List<InputFile> changed = new ArrayList<>();
            for (InputFile file : watched) {
                FileTime now = modified(file);
                if (now != null && !now.equals(seen.get(file))) {
                    seen.put(file, now);
                    changed.add(file);
                }
            }
            if (!changed.isEmpty()) {
                runner.run(changed, false, listener);
                done++;
            }
        }
    }

    private static FileTime modified(InputFile file) {
        try {
            return Files.getLastModifiedTime(file.path());
        } catch (IOException e) {
            return null; // deleted or being replaced: look again at the next poll
        }
    }
}
