package dev.careers.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.model.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which of the six document languages a text is written in. */
class LanguageDetectorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | # Les métiers du numérique\\n\\nLe développeur conçoit des applications pour les entreprises et travaille avec une équipe.\\n\\n### Salaire\\n* Junior : 38 000 €
            en | # Careers in software\\n\\nThe developer builds applications for companies and works with a small team.\\n\\n### Salary\\n* Junior: $70,000
            es | # Profesiones del sector digital\\n\\nEl programador diseña aplicaciones para las empresas y trabaja con un equipo pequeño.\\n\\n### Salario\\n* Júnior: 28.000 €
            pt | # Profissões da área de tecnologia\\n\\nO desenvolvedor cria aplicações para as empresas e trabalha com uma equipe pequena.\\n\\n### Salário\\n* Júnior: R$ 4.000 por mês
            de | # Berufe in der Softwareentwicklung\\n\\nDie Entwicklerin baut Anwendungen für Unternehmen und arbeitet mit einem kleinen Team.\\n\\n### Gehalt\\n* Junior: 45.000 €
            it | # Le professioni del digitale\\n\\nIl programmatore progetta applicazioni per le aziende e lavora con una piccola squadra.\\n\\n### Retribuzione\\n* Junior: 30.000 €
            """)
    void aShortPageIsReadInItsLanguage(String language, String page) {
        assertThat(LanguageDetector.detect(page.replace("\\n", "\n"))).isEqualTo(language);
    }

    @Test
    void everyLanguageThatCanBeDetectedIsASupportedOne() {
        assertThat(Languages.SUPPORTED).containsExactly("fr", "en", "es", "pt", "de", "it");
        assertThat(LanguageDetector.detect("")).isEqualTo("en");
    }

    @Test
    void englishTechnicalWordsInsideAnotherLanguageDoNotMakeItEnglish() {
        assertThat(LanguageDetector.detect("""
                O engenheiro de dados trabalha com cloud, machine learning e DevOps. No dia a dia ele \
                faz code review, cuida do deploy e fala com o time de data science sobre o backlog.""")).isEqualTo("pt");
        assertThat(LanguageDetector.detect("""
                Der Data Engineer baut Pipelines in der Cloud, schreibt Code in Python und ist auch \
                für das Monitoring der Machine-Learning-Modelle zuständig.""")).isEqualTo("de");
        assertThat(LanguageDetector.detect("""
                El data scientist entrena modelos de machine learning y presenta los insights en un \
                dashboard para el equipo de marketing.""")).isEqualTo("es");
        assertThat(LanguageDetector.detect("""
                Il cloud engineer gestisce il deploy su Kubernetes e si occupa della security \
                delle pipeline di CI/CD.""")).isEqualTo("it");
    }

    @Test
    void anEnglishPageQuotingFrenchTitlesStaysEnglish() {
        assertThat(LanguageDetector.detect("""
                The guide lists the roles that companies hire for, with the salary of each one. \
                Sources: "Les métiers de la donnée" and "Le guide des salaires" (in French).""")).isEqualTo("en");
    }

    @Test
    void spanishAndPortugueseAreToldApartByTheirOwnWords() {
        assertThat(LanguageDetector.detect("Los programadores y las programadoras del país.")).isEqualTo("es");
        assertThat(LanguageDetector.detect("Os programadores e as programadoras do país.")).isEqualTo("pt");
        assertThat(LanguageDetector.detect("La carrera del programador en el sector.")).isEqualTo("es");
        assertThat(LanguageDetector.detect("A carreira do programador no setor.")).isEqualTo("pt");
    }

    @Test
    void domainNamesInLinksAreNotWordsOfTheText() {
        // "com" is a Portuguese word, "de" and "es" Spanish ones, but not after a dot or a slash.
        assertThat(LanguageDetector.detect("""
                Fuentes: https://www.glassdoor.com, https://www.indeed.com, https://talent.com/es y \
                https://example.com/de (el salario medio).""")).isEqualTo("es");
        assertThat(LanguageDetector.detect("Links: a.com b.com c.com d.com — the salary.")).isEqualTo("en");
    }

    @Test
    void lettersOnlySomeLanguagesWriteBreakATie() {
        assertThat(LanguageDetector.detect("Ñandú")).isEqualTo("es");
        assertThat(LanguageDetector.detect("São Paulo, Maringá")).isEqualTo("pt");
        assertThat(LanguageDetector.detect("Straße, Größe")).isEqualTo("de");
        assertThat(LanguageDetector.detect("perché così")).isEqualTo("it");
        assertThat(LanguageDetector.detect("Métier")).isEqualTo("fr");
        // The old rule for French against English holds: a tie with an accent is French, without English.
        assertThat(LanguageDetector.detect("le the — Rôle")).isEqualTo("fr");
        assertThat(LanguageDetector.detect("le the")).isEqualTo("en");
    }

    @Test
    void accentsFoldSoThatDecomposedLettersCountLikeComposedOnes() {
        // "não", "são" and "também" written with combining tildes and acute accents.
        String decomposed = "Isso na\u0303o e\u0301 simples, sa\u0303o tarefas que tambe\u0301m exigem tempo.";
        assertThat(LanguageDetector.detect(decomposed)).isEqualTo("pt");
    }
}
