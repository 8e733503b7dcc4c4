package dev.careers.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageSubjectTest {
    private static String subjectOf(String... paragraphs) {
        PageSubject subject = new PageSubject();
        for (String paragraph : paragraphs) {
            subject.add(paragraph);
        }
        return subject.name();
    }

    @Test
    void theJobNamedMostWinsAsOnePersonWithWhatItIsOf() {
        assertThat(subjectOf("Les infirmiers de nuit sont rares.", "Un infirmier de nuit gagne 2 300 € ; un médecin aussi.",
                "Chaque infirmier le dit.")).isEqualTo("Infirmier de nuit");
    }

    @Test
    void aNameEndsAtPunctuationALevelWordOrAClause() {
        assertThat(subjectOf("el sueldo de los empleados del metro de Madrid: 30.000 €", "los empleados del metro"))
                .isEqualTo("Empleados del metro de Madrid");
        assertThat(subjectOf("A welder of pipelines junior earns less.", "Every welder knows it."))
                .isEqualTo("Welder of pipelines");
        assertThat(subjectOf("Der Koch von Hamburg, der uns kocht.", "Ein Koch.")).isEqualTo("Koch von Hamburg");
    }

    @Test
    void vagueNounsNameAJobOnlyWithWhatTheyAreOf() {
        assertThat(subjectOf("The head of the team said so.", "Ask the head.")).isEqualTo("Head of the team");
        assertThat(subjectOf("Employees are happy.", "Our employees earn well.")).isNull();
        assertThat(subjectOf("procura-se um chefe de \"social media\" para a equipe")).isEqualTo("Chefe de social media");
    }

    @Test
    void oneMentionIsEnoughOnlyWhenNoOtherJobIsNamed() {
        assertThat(subjectOf("We met a plumber.")).isEqualTo("Plumber");
        assertThat(subjectOf("We met a plumber and an electrician.")).isNull();
        assertThat(subjectOf("Nothing here names a job.")).isNull();
    }
}
