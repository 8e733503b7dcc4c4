package dev.careers.parse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Headings each followed by their own pay ("## Makler" then "**Gehalt:** von 40 000 bis 500 000
 * Rubel"), the way a reader sees a catalogue of jobs whatever their names: when several headings
 * of one level give their pay, under a pay lead-in or a salary sub-heading, each is a career even
 * when the job words do not know its name.
 */
final class PayHeadings {
    private static final int FEWEST = 3;

    /** The heading open at each level (its text), whether it names a known job, whether pay was seen under it. */
    private final String[] open = new String[8];
    private final boolean[] namesJob = new boolean[8];
    private final boolean[] paid = new boolean[8];
    /** Per level, the headings with their own pay that name no known job (the others are careers anyway). */
    private final Map<Integer, Set<String>> withPay = new HashMap<>();
    private final int[] paidCount = new int[8];
    private final int[] paidJobs = new int[8];
    /** Per level, the headings under parents that hold a paid one (a guide's other chapters aside). */
    private final int[] headings = new int[8];
    /** Per level, the headings and the paid ones under the parent now open. */
    private final int[] siblings = new int[8];
    private final int[] paidSiblings = new int[8];

    /** Counts a heading; a salary heading gives pay to the heading above it. */
    void heading(int level, String text, SectionKind kind, boolean job) {
        if (kind == SectionKind.SALARY) {
            pay(level - 1);
            return;
        }
        for (int l = level; l < open.length; l++) {
            close(l);
        }
        for (int l = level + 1; l < open.length; l++) {
            endGroup(l); // a new parent: its children are a new group
        }
        if (kind == SectionKind.OTHER) {
            siblings[level]++;
            // "## Senior", "## California": a level or a place of one job's pay, not a job.
            // "Bottom Line Up Front", "Frequently Asked Questions": the article's, whatever pay they hold.
            if (!isLevel(text) && (job || !JobNames.opensArticleHeading(text)) && !Places.isPlace(text)
                    && PayFinder.currencyOfCountries(text) == null) {
                open[level] = text;
                namesJob[level] = job;
            }
        }
    }

    private static final java.util.Set<String> LEVEL_FRAME = java.util.Set.of("level", "levels", "niveau", "niveaux",
            "nivel", "niveles", "livello", "livelli", "stufe", "ebene", "grade", "role", "roles", "profile", "profil",
            "perfil", "profilo", "years", "ans", "anos", "anni", "jahre", "experience", "de", "of", "di", "the", "le", "el");

    private static final Memo<Boolean> LEVELS = new Memo<>(PayHeadings::readLevel); // section headings repeat

    private static boolean isLevel(String text) {
        return LEVELS.get(text);
    }

    // "Senior level (5+ years)", "Entry Level": only a level's words, once its parentheses are left aside.
    private static boolean readLevel(String text) {
        if (Levels.anywhere(text) == dev.careers.model.Level.OTHER) {
            return false;
        }
        for (String word : Words.split(Words.fold(text.replaceAll("\\([^()]*\\)", " ")))) {
            if (!LEVEL_FRAME.contains(word) && Levels.of(word) == dev.careers.model.Level.OTHER
                    && !word.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /** Pay under the innermost heading open at a level up to {@code deepest} (a pay lead-in: the innermost of all). */
    void pay(int deepest) {
        for (int l = Math.min(deepest, open.length - 1); l >= 2; l--) {
            if (open[l] != null) {
                paid[l] = true;
                return;
            }
        }
    }

    private void endGroup(int level) {
        if (paidSiblings[level] > 0) {
            headings[level] += siblings[level];
        }
        siblings[level] = 0;
        paidSiblings[level] = 0;
    }

    private void close(int level) {
        if (open[level] != null && paid[level]) {
            paidCount[level]++;
            paidSiblings[level]++;
            if (!namesJob[level]) {
                withPay.computeIfAbsent(level, l -> new HashSet<>()).add(open[level]);
            } else {
                paidJobs[level]++;
            }
        }
        open[level] = null;
        paid[level] = false;
    }

    /** The headings of a level counted so far that give their own pay, when they are a catalogue. */
    Set<String> entriesAt(int level) {
        if (!isCatalogue(level)) {
            return Set.of();
        }
        Set<String> found = new HashSet<>(withPay.getOrDefault(level, Set.of()));
        if (open[level] != null && paid[level] && !namesJob[level]) {
            found.add(open[level]);
        }
        return Set.copyOf(found);
    }

    /** How many headings of a level give their own pay, counted so far. */
    int paidAt(int level) {
        return paidCount[level] + (open[level] != null && paid[level] ? 1 : 0);
    }

    /** How many headings of a level that name a known job give their own pay, counted so far. */
    int paidJobsAt(int level) {
        return paidJobs[level] + (open[level] != null && paid[level] && namesJob[level] ? 1 : 0);
    }

    private boolean isCatalogue(int level) {
        boolean openPaid = open[level] != null && paid[level];
        int inPaidGroups = headings[level] + (paidSiblings[level] > 0 || openPaid ? siblings[level] : 0);
        return paidAt(level) >= FEWEST && paidAt(level) * 2 >= inPaidGroups;
    }

    /** The level with the most headings that give their own pay, when they are a catalogue; else 0. */
    int level() {
        int best = 0;
        for (int level = 2; level < open.length; level++) {
            if (isCatalogue(level) && paidAt(level) > (best == 0 ? 0 : paidAt(best))) {
                best = level;
            }
        }
        return best;
    }
}
