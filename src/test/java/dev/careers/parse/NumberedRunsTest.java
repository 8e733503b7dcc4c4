package dev.careers.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberedRunsTest {
    @Test
    void aRunOfMostlyJobsMakesEveryEntryACareer() {
        NumberedRuns runs = new NumberedRuns();
        runs.heading(3, "1. Data Analyst", true);
        runs.heading(3, "2. Growth Hacker", false);
        runs.heading(2, "More roles", false); // a category heading does not end the run
        runs.heading(3, "3. Data Engineer", true);
        // Only the entry the job words miss needs the run: the others are careers anyway.
        assertThat(runs.entriesAt(3)).containsExactly("2. Growth Hacker");
    }

    @Test
    void aCountdownIsARunToo() {
        NumberedRuns runs = new NumberedRuns();
        runs.heading(2, "#3 Nurse", true);
        runs.heading(2, "#2 Midwife", false);
        runs.heading(2, "#1 Surgeon", true);
        assertThat(runs.entriesAt(2)).containsExactly("#2 Midwife");
    }

    @Test
    void stepsThatNameNoJobAreNoCareers() {
        NumberedRuns runs = new NumberedRuns();
        runs.heading(3, "1. Learn the basics", false);
        runs.heading(3, "2. Build something", false);
        runs.heading(3, "3. Apply as a developer", true);
        assertThat(runs.entriesAt(3)).isEmpty();
    }

    @Test
    void anUnnumberedHeadingOrABrokenSequenceEndsARun() {
        NumberedRuns runs = new NumberedRuns();
        runs.heading(3, "1. Data Analyst", true);
        runs.heading(3, "2. Data Engineer", true);
        runs.heading(3, "Conclusion", false);
        runs.heading(3, "3. Data Scientist", true);
        runs.heading(3, "7. Data Architect", true);
        assertThat(runs.entriesAt(3)).isEmpty();
    }

    @Test
    void readsTheCommonWaysOfNumbering() {
        assertThat(NumberedRuns.numberOf("12. Product Owner")).isEqualTo(12);
        assertThat(NumberedRuns.numberOf("3) Product Owner")).isEqualTo(3);
        assertThat(NumberedRuns.numberOf("4 - Product Owner")).isEqualTo(4);
        assertThat(NumberedRuns.numberOf("#5 Product Owner")).isEqualTo(5);
        assertThat(NumberedRuns.numberOf("2026 salaries")).isNull();
        assertThat(NumberedRuns.numberOf("3D Artist")).isNull();
    }
}
