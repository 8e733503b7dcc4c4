package dev.careers.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.model.Diagnostic;
import dev.careers.model.Severity;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every diagnostic code the parser raises, with its severity and line (spec "Never silent"). */
class DiagnosticCodesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            salary.unparsed ; WARNING ; 5 ; # T\\n## M\\n\\n### Salaire\\n* **Junior :** selon profil\\n
            salary.reversed-range ; WARNING ; 5 ; # T\\n## M\\n\\n### Salaire\\n* **Junior :** 90k€ - 60k€\\n
            salary.extra-amounts ; WARNING ; 5 ; # T\\n## M\\n\\n### Salaire\\n* **Junior :** 40k€ - 50k€ - 60k€\\n
            salary.currency-unknown ; WARNING ; 6 ; # T\\n## M\\n### Salaire\\n* A : 40k€\\n* B : $50k\\n* C : 60k\\n
            salary.table ; INFO ; 4 ; # T\\n## M\\n### Salaire\\n| a | b |\\n|---|---|\\n| Junior | 40k€ |\\n
            career.duplicate ; WARNING ; 3 ; # T\\n## Data\\n## data\\n
            heading.setext-paragraph ; WARNING ; 3 ; # T\\n\\nligne un\\nligne deux\\n---\\n## M\\n
            heading.unplaced ; INFO ; 4 ; # T\\n### M\\n#### Salaire\\n## Autre famille\\n
            intro.unplaced ; INFO ; 3 ; # T\\n\\n```\\ncode\\n```\\n## M\\n
            intro.heading ; INFO ; 3 ; # T\\n\\n## Introduction\\nTexte.\\n## M\\n
            section.unplaced ; INFO ; 5 ; # T\\n## M\\n### Contraintes\\n\\nUn paragraphe isolé.\\n
            logo.unusable ; INFO ; 1 ; # T <img src="absent.png">\\n
            salary.implausible ; WARNING ; 4 ; # T\\n## M\\n### Salaire\\n* **Junior :** 0€\\n
            text.control-character ; WARNING ; 2 ; # T\\n## M\u0007\\n
            document.empty ; WARNING ; 0 ; \\n \\n
            document.no-careers ; WARNING ; 0 ; # T\\nTexte seul.\\n
            document.no-title ; INFO ; 0 ; ## M\\nTexte.\\n
            encoding.invalid-utf8 ; ERROR ; 2 ; # T\\n## M\\u00ff\\n
            careers.layout ; INFO ; 3 ; # T\\n\\n### Data Engineer\\nA.\\n### Data Analyst\\nB.\\n
            career.repeated ; INFO ; 4 ; # T\\n## Nurse\\n## Doctor\\n## How much does a nurse earn?\\n
            career.subject ; INFO ; 9 ; # How to Become a Nurse\\n## Midwife\\nA.\\n## Surgeon\\nB.\\n## Pay\\n\\n**Year 1:**\\n- Earnings: €1,900 per month\\n
            career.frame ; INFO ; 7 ; # Salaires par catégorie\\n\\n| Catégorie | Cadres | Employés |\\n|---|---|---|\\n| Salaire moyen | 4 100 | 1 630 |\\n\\n## Notes\\n\\nTexte.\\n
            section.page ; INFO ; 5 ; # T\\n## Nurse\\n## Doctor\\nText.\\n## Conclusion\\nEnd.\\n
            frontmatter.invalid ; WARNING ; 1 ; ---\\ntitle: 'it's'\\n---\\n# T\\n
            salary.currency-inferred ; INFO ; 5 ; # Pay in Brazil\\n## Nurse\\n### Salary\\nNurses in Brasil earn:\\n* Junior : 4.200\\n
            salary.no-period ; INFO ; 5 ; # T\\n\\n| Métier | Salaire |\\n|---|---|\\n| Électricien | 557 |\\n| Plombier | 40k€ |\\n
            salary.several ; INFO ; 4 ; # T\\n## M\\n### Salaire\\n* **Paris :** 40k€ - 50k€, Lyon 35k€ - 45k€\\n
            """)
    void raisesCode(String code, Severity severity, int line, String escaped) {
        String markdown = escaped.replace("\\n", "\n").replace("\\u00ff", "\u00ff").replace("\\u0007", "\u0007");
        var parser = CareerParser.create();
        var document = code.startsWith("encoding")
                ? parser.parse(markdown.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "t.md", Path.of("."))
                : parser.parse(markdown, "t.md", Path.of("."));
        assertThat(document.diagnostics())
                .as("diagnostics of %s", markdown)
                .filteredOn(d -> d.code().equals(code))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(severity);
                    assertThat(d.line()).isEqualTo(line);
                    String where = line > 0 ? "t.md:" + line + ":" : "t.md: ";
                    assertThat(d.format("t.md")).startsWith(where).endsWith("[" + code + "]");
                });
        assertThat(document.diagnostics()).isSortedAccordingTo(Diagnostic.BY_POSITION);
    }
}
