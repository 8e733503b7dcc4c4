package dev.careers.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs of numbered headings at one level ("### 1. Product Owner", "### 2. Scrum Master", …), the
 * way a reader sees a ranked list of entries. When most entries of a run name a job, every entry
 * of it is a career, even one whose name the job words do not cover ("### 4. Growth Hacker").
 * A run goes on across higher-level headings (a ranking split into categories), counts up or
 * down (a countdown), and ends at an unnumbered heading of its level.
 */
final class NumberedRuns {
    private static final Pattern NUMBER = Pattern.compile(
            "^\\s*(?:#\\s*(\\d{1,3})\\s|(\\d{1,3})\\s*(?:[.)]|\\s[-–—:]))\\s*\\S");
    private static final int SHORTEST_RUN = 3;

    private final Map<Integer, Run> open = new HashMap<>();
    private final Map<Integer, Set<String>> entries = new HashMap<>();
    private final Map<Integer, Set<String>> anyRuns = new HashMap<>();

    private static final class Run {
        final List<String> texts = new ArrayList<>();
        int size;
        int jobs;
        int last;
        int step;

        boolean isEntries() {
            return size >= SHORTEST_RUN && jobs * 2 >= size;
        }

        boolean isRun() {
            return size >= SHORTEST_RUN;
        }
    }

    /** Counts a heading, and whether its text names a job. */
    void heading(int level, String text, boolean namesJob) {
        Integer number = numberOf(text);
        Run run = open.get(level);
        if (number == null) {
            close(level);
            return;
        }
        if (run != null && !continues(run, number)) {
            close(level);
            run = null;
        }
        if (run == null) {
            run = new Run();
            open.put(level, run);
        } else if (run.step == 0) {
            run.step = number - run.last;
        }
        run.size++;
        run.last = number;
        if (namesJob) {
            run.jobs++;
        } else {
            run.texts.add(text); // the others are careers anyway: only these need the run
        }
    }

    private static boolean continues(Run run, int number) {
        int step = number - run.last;
        return run.step == 0 ? step == 1 || step == -1 : step == run.step;
    }

    private void close(int level) {
        Run run = open.remove(level);
        if (run != null && run.isEntries()) {
            entries.computeIfAbsent(level, l -> new HashSet<>()).addAll(run.texts);
        }
        if (run != null && run.isRun()) {
            anyRuns.computeIfAbsent(level, l -> new HashSet<>()).addAll(run.texts);
        }
    }

    /**
     * The headings at this level that stand in a numbered run, whatever they name: the entries of
     * a page whose title announces jobs ("My First Seven Jobs" over "## 1. Babysitter", "## 2.
     * Picking up Garbage in Parking Lots").
     */
    Set<String> runAt(int level) {
        return closedAndOpen(anyRuns, level, Run::isRun);
    }

    /** The heading level holding the longest numbered run, or 0 when none has one. */
    int runLevel() {
        int best = 0;
        for (int level = 1; level <= 6; level++) {
            if (runAt(level).size() > (best == 0 ? 0 : runAt(best).size())) {
                best = level;
            }
        }
        return best;
    }

    /**
     * The headings at this level counted so far that stand in a run of job entries and name no
     * known job (those that do are careers anyway).
     */
    Set<String> entriesAt(int level) {
        return closedAndOpen(entries, level, Run::isEntries);
    }

    // The texts of the runs closed at this level, and of the one still open if it counts.
    private Set<String> closedAndOpen(Map<Integer, Set<String>> closed, int level, java.util.function.Predicate<Run> counts) {
        Set<String> found = new HashSet<>(closed.getOrDefault(level, Set.of()));
        Run run = open.get(level);
        if (run != null && counts.test(run)) {
            found.addAll(run.texts);
        }
        return Set.copyOf(found);
    }

    static Integer numberOf(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return null;
        }
        return Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
    }
}
