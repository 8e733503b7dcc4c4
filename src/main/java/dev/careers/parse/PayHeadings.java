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

    /** The heading open at each level (its text), and whether pay was seen under it. */
    private final String[] open = new String[8];
    private final boolean[] paid = new boolean[8];
    private final Map<Integer, Set<String>> withPay = new HashMap<>();
    private final int[] headings = new int[8];

    /** Counts a heading; a salary heading gives pay to the heading above it. */
    void heading(int level, String text, SectionKind kind) {
        if (kind == SectionKind.SALARY) {
            pay(level - 1);
            return;
        }
        for (int l = level; l < open.length; l++) {
            close(l);
        }
        if (kind == SectionKind.OTHER) {
            headings[level]++;
            // "## Senior", "## California": a level or a place of one job's pay, not a job.
            if (!isLevel(text) && PayFinder.currencyOfCountries(text) == null) {
                open[level] = text;
            }
        }
    }

    private static final java.util.Set<String> LEVEL_FRAME = java.util.Set.of("level", "levels", "niveau", "niveaux",
            "nivel", "niveles", "livello", "livelli", "stufe", "ebene", "grade", "role", "roles", "profile", "profil",
            "perfil", "profilo", "years", "ans", "anos", "anni", "jahre", "experience", "de", "of", "di", "the", "le", "el");

    // "Senior level (5+ years)", "Entry Level": only a level's words, once its parentheses are left aside.
    private static boolean isLevel(String text) {
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

    private void close(int level) {
        if (open[level] != null && paid[level]) {
            withPay.computeIfAbsent(level, l -> new HashSet<>()).add(open[level]);
        }
        open[level] = null;
        paid[level] = false;
    }

    /** The headings of a level counted so far that give their own pay, when they are a catalogue. */
    Set<String> entriesAt(int level) {
        Set<String> found = new HashSet<>(withPay.getOrDefault(level, Set.of()));
        if (open[level] != null && paid[level]) {
            found.add(open[level]);
        }
        return found.size() >= FEWEST && found.size() * 2 >= headings[level] ? Set.copyOf(found) : Set.of();
    }

    /** The level with the most headings that give their own pay, when they are a catalogue; else 0. */
    int level() {
        int best = 0;
        for (int level = 2; level < open.length; level++) {
            if (entriesAt(level).size() > (best == 0 ? 0 : entriesAt(best).size())) {
                best = level;
            }
        }
        return best;
    }
}
