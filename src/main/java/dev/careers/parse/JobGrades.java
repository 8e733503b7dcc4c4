package dev.careers.parse;

import dev.careers.model.Level;
import dev.careers.parse.Drafts.BandDraft;
import dev.careers.parse.Drafts.CareerDraft;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Entries that are the steps of one post's pay: "Firefighter 4th Year" … "Firefighter Recruit" in a
 * pay table, "Engineer I", "Engineer II". A reader sees one job, and each step is a band of its pay.
 * Seniority alone ("Senior Engineer" beside "Engineer") names a rung of a career ladder, a role of
 * its own.
 */
final class JobGrades {
    /** A name split into the job it names and the grade it adds ("Firefighter", "4th Year"). */
    record Graded(String job, String grade) {}

    // Words that count a grade: "4th Year", "Step 3", "Stufe 2", "1ère année", "Grade II".
    private static final Set<String> STEP_WORDS = Set.of("year", "years", "yr", "step", "grade", "level",
            "tier", "band", "class", "stufe", "jahr", "lehrjahr", "dienstjahr", "annee", "anno", "ano", "nivel",
            "livello", "niveau", "echelon", "grado", "classe", "escalao", "categoria");
    // Grades of entry that make a step of pay: a recruit is a firefighter or a police officer on probation.
    private static final Set<String> ENTRY_WORDS = Set.of("recruit", "probationary", "cadet", "rookie");
    // Grades written before the job only: "Master Electrician" (but "Scrum Master"), "Lead Developer" (but "Tech Lead").
    private static final Set<String> LEADING_ONLY = Set.of("master", "meister", "lead", "head", "staff", "principal",
            "chief");
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}(st|nd|rd|th|e|er|re|eme|o|a)?");
    private static final Pattern ROMAN = Pattern.compile("(I{1,3}|IV|V|VI{1,3}|IX|X)");

    private JobGrades() {}

    /** The job and grade a name is made of; null when it adds no grade or names nothing else. */
    static Graded of(String name) {
        String plain = name.strip();
        List<String> words = new ArrayList<>(Arrays.asList(plain.split("\\s+")));
        int start = 0;
        while (start < words.size() && isGradeWord(words.get(start), true)) {
            start++;
        }
        int end = words.size();
        while (end > start && isGradeWord(words.get(end - 1), false)) {
            end--;
        }
        if (start == end) {
            return null;
        }
        List<String> grade = new ArrayList<>(words.subList(0, start));
        grade.addAll(words.subList(end, words.size()));
        if (!namesStep(grade)) {
            // "Senior Engineer" beside "Engineer": a rung of a career ladder, a role of its own.
            return JobNames.hasJobNoun(plain, false) ? new Graded(plain, "") : null;
        }
        String job = String.join(" ", words.subList(start, end)).replaceAll("^[\\p{P}&&[^(]]+|[\\p{P}&&[^)]]+$", "");
        return job.isBlank() || !JobNames.hasJobNoun(job, false) ? null : new Graded(job, String.join(" ", grade));
    }

    private static boolean isGradeWord(String word, boolean leading) {
        String folded = Words.fold(word);
        String[] parts = Words.split(folded);
        if (parts.length == 0) {
            return !word.isEmpty() && !word.startsWith("(");
        }
        if (!leading && ROMAN.matcher(word).matches()) {
            return true; // "Engineer II"; before the job, "I" is a pronoun
        }
        for (String part : parts) {
            Level level = Levels.of(part);
            boolean seniority = level != Level.OTHER && level != Level.FREELANCE || LEADING_ONLY.contains(part);
            boolean step = STEP_WORDS.contains(part) || ENTRY_WORDS.contains(part) || ORDINAL.matcher(part).matches();
            if (!step && !(seniority && (leading || !LEADING_ONLY.contains(part)))) {
                return false;
            }
        }
        return true;
    }

    // A step of pay within one post: "4th Year", "Step 3", "Grade II", "Recruit"; "Year" alone is none.
    private static boolean namesStep(List<String> grade) {
        for (String word : grade) {
            if (ROMAN.matcher(word).matches()) {
                return true;
            }
            for (String part : Words.split(Words.fold(word))) {
                if (ORDINAL.matcher(part).matches() || ENTRY_WORDS.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The one career entries are the grades of, their contents joined and each band labelled with
     * its grade; null unless every entry names the same job and one at least adds a grade.
     */
    static CareerDraft merged(List<CareerDraft> entries) {
        if (entries.size() < 2) {
            return null;
        }
        List<Graded> graded = new ArrayList<>();
        String core = null;
        for (CareerDraft entry : entries) {
            Graded g = of(entry.name);
            if (g == null) {
                return null;
            }
            String jobCore = JobNames.core(g.job());
            if (core != null && !core.equals(jobCore) || jobCore.isEmpty()) {
                return null;
            }
            core = jobCore;
            graded.add(g);
        }
        if (graded.stream().allMatch(g -> g.grade().isEmpty())) {
            return null;
        }
        CareerDraft first = entries.get(0);
        CareerDraft job = new CareerDraft(graded.get(0).job(), first.acronym, first.line, first.origin);
        job.summary.addAll(summaries(entries));
        for (int i = 0; i < entries.size(); i++) {
            addGrade(job, entries.get(i), graded.get(i).grade());
        }
        return job;
    }

    // Each row's "Position: Paramedic Recruit" said once for all: "Position: Paramedic Recruit,
    // Paramedic 1st Year, …"; other summaries as they are.
    private static List<String> summaries(List<CareerDraft> entries) {
        String field = null;
        List<String> values = new ArrayList<>();
        for (CareerDraft entry : entries) {
            String only = entry.summary.size() == 1 ? entry.summary.get(0) : null;
            int colon = only == null ? -1 : only.indexOf(": ");
            if (colon < 0 || only.indexOf(" · ") >= 0 || field != null && !field.equals(only.substring(0, colon))) {
                return entries.stream().flatMap(e -> e.summary.stream()).toList();
            }
            field = only.substring(0, colon);
            values.add(only.substring(colon + 2));
        }
        return List.of(field + ": " + String.join(", ", values));
    }

    private static void addGrade(CareerDraft job, CareerDraft entry, String grade) {
        job.responsibilities.addAll(entry.responsibilities);
        job.constraints.addAll(entry.constraints);
        job.environments.addAll(entry.environments);
        job.demand.addAll(entry.demand);
        job.headings.addAll(entry.headings);
        entry.others.forEach(job.others::putIfAbsent);
        if (entry.salary == null) {
            return;
        }
        Drafts.SalaryDraft salary = job.salary != null ? job.salary : new Drafts.SalaryDraft(entry.salary.heading);
        job.salary = salary;
        salary.headingOwnsBands |= entry.salary.headingOwnsBands;
        Level level = grade.isEmpty() ? Level.OTHER : Levels.anywhere(grade);
        for (BandDraft b : entry.salary.bands) {
            String label = grade.isEmpty() ? b.label()
                    : b.label() == null || b.label().isBlank() ? grade : grade + " · " + b.label();
            salary.bands.add(new BandDraft(label, b.level() != Level.OTHER ? b.level() : level, b.reading(), b.period(),
                    b.text(), b.line(), b.column(), b.origin()));
        }
    }

    /** The grades, for a diagnostic: "'Firefighter 4th Year', 'Firefighter Recruit'". */
    static String listed(List<CareerDraft> entries) {
        return String.join(", ", entries.stream().map(e -> "'" + e.name + "'").toList());
    }
}
