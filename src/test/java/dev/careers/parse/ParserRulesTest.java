package dev.careers.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careers.model.Career;
import dev.careers.model.CareerDocument;
import dev.careers.model.DemandRole;
import dev.careers.model.Diagnostic;
import dev.careers.model.Level;
import dev.careers.model.Severity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of the spec's "What the parser accepts" and "Never silent", one test each. */
class ParserRulesTest {
    private static final CareerParser PARSER = CareerParser.create();

    private static CareerDocument parse(String markdown) {
        return PARSER.parse(markdown, "test.md", Path.of("."));
    }

    private static List<String> codes(CareerDocument d) {
        return d.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rôle et Responsabilités     | ROLE
            Role                        | ROLE
            Missions                    | ROLE
            RESPONSABILITES             | ROLE
            Salaire (Marché Européen)   | SALARY
            Salary                      | SALARY
            Rémunération                | SALARY
            Compensation                | SALARY
            Contraintes                 | CONSTRAINTS
            Constraints                 | CONSTRAINTS
            Challenges                  | CONSTRAINTS
            Difficultés                 | CONSTRAINTS
            Environnements de Travail   | ENVIRONMENTS
            Environnement de travail    | ENVIRONMENTS
            Work environment            | ENVIRONMENTS
            Work Environments           | ENVIRONMENTS
            Demande Entreprises         | DEMAND
            Demande (entreprises)       | DEMAND
            Company demand              | DEMAND
            Demand                      | DEMAND
            Sources                     | SOURCES
            Références                  | SOURCES
            Bibliographie               | SOURCES
            Referências                 | SOURCES
            Fuentes                     | SOURCES
            Quellen                     | SOURCES
            Fonti                       | SOURCES
            Referências salariais       | SALARY
            2. Salaire                  | SALARY
            Contriantes                 | OTHER
            Contraites                  | CONSTRAINTS
            Perspectives                | OTHER
            Fourchette de salaire       | SALARY
            Average salary              | SALARY
            Évolution de carrière et de la rémunération | OTHER
            Formation                   | OTHER
            """)
    void recognisesSectionHeadingsByTheirFirstWords(String heading, SectionKind expected) {
        assertThat(SectionKind.of(heading)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Junior (Post-Doc)  | JUNIOR
            Débutant           | JUNIOR
            Entry level        | JUNIOR
            Confirmé           | MID
            Intermédiaire      | MID
            Mid-level          | MID
            Sénior             | SENIOR
            Senior             | SENIOR
            Expérimenté        | SENIOR
            Lead Research      | LEAD
            Principal          | LEAD
            Staff              | LEAD
            Expert             | LEAD
            Head of Data       | LEAD
            Freelance          | FREELANCE
            Indépendant        | FREELANCE
            TJM                | FREELANCE
            Stagiaire          | JUNIOR
            Pleno              | MID
            Berufseinsteiger   | JUNIOR
            Fresher            | JUNIOR
            Praktikum          | OTHER
            ''                 | OTHER
            """)
    void readsLevelFromLabelFirstWord(String label, Level expected) {
        assertThat(Levels.of(label)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"**Junior :** 45k€ - 60k€", "**Junior ➜** 45k€ - 60k€", "**Junior →** 45k€ - 60k€",
        "**Junior ->** 45k€ - 60k€", "**Junior** : 45k€ - 60k€", "**Junior:** 45k€ - 60k€",
        "Junior : 45k€ - 60k€", "Junior ➜ 45k€ - 60k€", "Junior -> 45k€ - 60k€", "Junior: 45k€ - 60k€"})
    void acceptsEveryLabelSeparator(String band) {
        CareerDocument d = parse("# T\n\n## Métier\n\n### Salaire\n* " + band + "\n");
        var b = d.careers().get(0).bands().get(0);
        assertThat(b.label()).isEqualTo("Junior");
        assertThat(b.text()).isEqualTo("45k€ - 60k€");
        assertThat(b.min()).isEqualByComparingTo("45000");
        assertThat(b.line()).isEqualTo(6);
    }

    @Test
    void parenthesisAfterABoldLabelBelongsToTheLabel() {
        CareerDocument d = parse("# T\n## Métier\n### Salaire\n* **Junior** (0-2 ans) : 40k€ - 45k€\n"
                + "* **Senior** (5 ans+) ➜ 60k€\n* **Lead** (Paris) 90k€\n* **Staff**: (8 ans) 100k€\n");
        assertThat(d.careers().get(0).bands()).extracting(b -> b.label() + " = " + b.min() + "-" + b.max())
                .containsExactly("Junior (0-2 ans) = 40000-45000", "Senior (5 ans+) = 60000-60000",
                        "Lead (Paris) = 90000-90000", "Staff (8 ans) = 100000-100000");
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void unboldedDemandLabelsAndArrowConstraintsAreRead() {
        CareerDocument d = parse("# T\n## Métier\n### Contraintes\n* Rigueur ➜ Un modèle peut dériver.\n"
                + "* Horaires : souvent tardifs.\n### Demande\n* Qui en a besoin : les banques.\n"
                + "* Secteur : la santé.\n");
        Career c = d.careers().get(0);
        assertThat(c.constraints()).extracting(x -> x.title() + "|" + x.description())
                .containsExactly("Rigueur|Un modèle peut dériver.", "null|Horaires : souvent tardifs.");
        assertThat(c.demand()).extracting(x -> x.label() + "|" + x.role() + "|" + x.text())
                .containsExactly("Qui en a besoin|NEEDS|les banques.", "null|OTHER|Secteur : la santé.");
    }

    @Test
    void aCareerNamedLikeASectionStaysACareer() {
        CareerDocument d = parse("# Supply chain\n\n## Demand Planner\n### Rôle\nPrévoit.\n### Salaire\n* Junior : 40k€\n"
                + "## Compensation Analyst\n### Rôle\nAnalyse.\n### Salaire\n* Junior : 45k€\n");
        assertThat(d.careers()).extracting(Career::name).containsExactly("Demand Planner", "Compensation Analyst");
        assertThat(d.careers()).allSatisfy(c -> assertThat(c.bands()).hasSize(1));
        CareerDocument single = parse("# Paie\n\n## Compensation Analyst\n### Salaire\n* Junior : 45k€\n");
        assertThat(single.careers()).extracting(Career::name).containsExactly("Compensation Analyst");
    }

    @Test
    void bandOnItsOwnLinesInAParagraphAreRead() {
        CareerDocument d = parse("# T\n\n## Métier\n\n### Salaire\n**Junior :** 45k€\n**Senior :** 70k€\n");
        assertThat(d.careers().get(0).bands()).extracting(b -> b.label() + "@" + b.line())
                .containsExactly("Junior@6", "Senior@7");
    }

    @Test
    void salaryTableRowsBecomeBandsAndTheTableIsKept() {
        CareerDocument d = parse("# T\n\n## Métier\n\n### Salaire\n| Niveau | Salaire |\n|---|---|\n| Junior | 40k€ - 50k€ |\n");
        Career c = d.careers().get(0);
        assertThat(c.bands()).extracting(b -> b.label()).containsExactly("Junior");
        assertThat(c.otherSections().get(0).rows()).hasSize(2);
        assertThat(codes(d)).contains("salary.table");
    }

    @Test
    void acronymIsTheFirstAllCapsWordInParentheses() {
        assertThat(parse("# T\n## Le Machine Learning Engineer (MLE)\n").careers().get(0).acronym()).isEqualTo("MLE");
        assertThat(parse("# T\n## Juriste (DPO) / Délégué\n").careers().get(0).acronym()).isEqualTo("DPO");
        assertThat(parse("# T\n## AI Researcher (Chercheur en IA)\n").careers().get(0).acronym()).isNull();
        assertThat(parse("# T\n## Ingénieur (ABCDEFG)\n").careers().get(0).acronym()).isNull();
    }

    @Test
    void environmentsSplitAtTopLevelCommasWithoutTrailingPeriod() {
        assertThat(Environments.split("Tech giants (GAFAM, BATX), Licornes technologiques."))
                .containsExactly("Tech giants (GAFAM, BATX)", "Licornes technologiques");
    }

    @Test
    void demandRolesComeFromTheLabel() {
        assertThat(DemandRoles.of("Qui en a besoin")).isEqualTo(DemandRole.NEEDS);
        assertThat(DemandRoles.of("Qui en a le plus besoin")).isEqualTo(DemandRole.NEEDS_MOST);
        assertThat(DemandRoles.of("Who needs it most")).isEqualTo(DemandRole.NEEDS_MOST);
        assertThat(DemandRoles.of("Tendance")).isEqualTo(DemandRole.OTHER);
        assertThat(DemandRoles.of(null)).isEqualTo(DemandRole.OTHER);
    }

    @Test
    void titleDropsInlineHtmlAndEmphasis() {
        CareerDocument d = parse("# Les *métiers* <a href=\"x\"><img src=\"https://x/logo.png\"></a> de   l'IA\n");
        assertThat(d.title()).isEqualTo("Les métiers de l'IA");
        assertThat(d.logo()).isNull();
        assertThat(codes(d)).containsExactly("document.no-careers", "logo.unusable");
    }

    @Test
    void setextTitleIsATitle() {
        assertThat(parse("Mon titre\n=========\n\n## Métier\n").title()).isEqualTo("Mon titre");
    }

    @Test
    void inlineHtmlShowsItsTextAndCommentsAreDropped() {
        CareerDocument d = parse("# T\n\n<!-- caché -->\nTexte <b>gras</b> <!-- note -->fin.<br>Suite\n\n## M\n");
        assertThat(d.introduction()).containsExactly("Texte gras fin. Suite");
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void htmlBlocksShowTheirTextWithoutScripts() {
        CareerDocument d = parse("# T\n\n<div class=\"ad\"><p>Offre <em>spéciale</em> &amp; plus</p>\n"
                + "<script>var x = 1;</script></div>\n\n## M\n");
        assertThat(String.join(" ", d.introduction())).isEqualTo("Offre spéciale & plus");
    }

    @Test
    void scriptsWrittenInALineAreNotText() {
        CareerDocument d = parse("# T\n\n<a href=\"https://example.org\">Postuler</a><script>var id = \"eu-west-1\";</script>"
                + " en ligne.\n\n## M\n");
        assertThat(d.introduction()).containsExactly("Postuler en ligne.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"> Sources\n> 1. Livre A\n> 2. Livre B\n", ">Sources\n>1. Livre A\n>2. Livre B\n",
        "___\n> Références\n> - Livre A\n> - Livre B\n", "## Sources\n1. Livre A\n2. Livre B\n"})
    void sourcesAreReadFromQuotesAndSections(String sources) {
        CareerDocument d = parse("# T\n\n## Métier\nTexte.\n\n" + sources);
        assertThat(d.sources()).extracting(s -> s.text()).containsExactly("Livre A", "Livre B");
        assertThat(d.careers().get(0).otherSections()).isEmpty();
    }

    @Test
    void sourcesHeadingIsKeptAsWritten() {
        // Found by fuzzing: the words after "Sources" used to be lost.
        CareerDocument d = parse("# T\n\n## Métier\nTexte.\n\n## Sources et liens utiles\n- [Un lien](https://example.org)\n");
        assertThat(d.sourcesHeading()).isEqualTo("Sources et liens utiles");
        assertThat(d.sources()).singleElement().satisfies(s -> assertThat(s.url()).isEqualTo("https://example.org"));
        assertThat(parse("# T\n## Métier\n").sourcesHeading()).isNull();
    }

    @Test
    void crlfAndBomAreAccepted() {
        byte[] bytes = "\uFEFF# Titre\r\n\r\n## Métier\r\n### Salaire\r\n* Junior : 40k€\r\n".getBytes(StandardCharsets.UTF_8);
        CareerDocument d = PARSER.parse(bytes, "crlf.md", Path.of("."));
        assertThat(d.title()).isEqualTo("Titre");
        assertThat(d.careers().get(0).bands().get(0).line()).isEqualTo(5);
    }

    @Test
    void loneCarriageReturnsEndLines() {
        byte[] bytes = "# Titre\r\r## Métier\rTexte.\r".getBytes(StandardCharsets.UTF_8);
        CareerDocument d = PARSER.parse(bytes, "cr.md", Path.of("."));
        assertThat(d.careers()).extracting(Career::line).containsExactly(3);
    }

    @Test
    void utf16WithByteOrderMarkIsRead() {
        byte[] text = "# Titre\n## Métier\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        assertThat(PARSER.parse(bytes, "u16.md", Path.of(".")).careers().get(0).name()).isEqualTo("Métier");
    }

    @Test
    void invalidUtf8IsReadAsLatin1WithAnErrorOnTheFirstBadLine() {
        byte[] bytes = "# Titre\n\n## M\u00e9tier\n".getBytes(StandardCharsets.ISO_8859_1);
        CareerDocument d = PARSER.parse(bytes, "latin1.md", Path.of("."));
        assertThat(d.careers().get(0).name()).isEqualTo("Métier");
        assertThat(d.diagnostics()).singleElement().satisfies(diag -> {
            assertThat(diag.code()).isEqualTo("encoding.invalid-utf8");
            assertThat(diag.severity()).isEqualTo(Severity.ERROR);
            assertThat(diag.line()).isEqualTo(3);
        });
    }

    @Test
    void binaryFileIsRefusedWithItsName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> PARSER.parse(png, "image.md", Path.of(".")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("image.md")
                .hasMessageContaining("not a text file");
    }

    @Test
    void languageIsDetectedAndCanBeForced() {
        assertThat(parse("# Les métiers\n## Le métier\n### Salaire\n").language()).isEqualTo("fr");
        assertThat(parse("# The careers\n## The role\n### Salary\n").language()).isEqualTo("en");
        CareerParser english = CareerParser.builder().language("en").build();
        assertThat(english.parse("# Les métiers\n", "x.md", null).language()).isEqualTo("en");
    }

    @Test
    void deeplyNestedListsAreFlattenedWithoutOverflow() {
        var md = new StringBuilder("# T\n\n## Métier\n### Rôle\n");
        for (int i = 0; i < 2000; i++) {
            md.append("  ".repeat(i)).append("- niveau ").append(i).append('\n');
        }
        // commonmark stops nesting lists at some depth and keeps deeper lines as text: kept all the same.
        String all = String.join(" ", parse(md.toString()).careers().get(0).responsibilities());
        for (int i = 0; i < 2000; i += 97) {
            assertThat(all).contains("niveau " + i + " ");
        }
        assertThat(all).endsWith("niveau 1999");
    }

    // A megabyte line of amounts once took minutes: each amount read its whole line again.
    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aLongLineOfAmountsIsReadOnceForEach() {
        var line = new StringBuilder();
        for (int i = 0; i < 6000; i++) {
            line.append("poste ").append(i).append(" payé ").append(30 + i % 50).append(" 000 € par an et ");
        }
        CareerDocument d = parse("# Salaires\n\n" + line + "\n\n## Data Engineer\n\n" + line + "\n");
        assertThat(d.careers()).hasSize(1);
        // Every distinct amount once (the same pay read twice is one band).
        assertThat(d.careers().get(0).bands()).hasSize(50);
    }

    @Test
    void oldCurrenciesOfArchivesAreRead() {
        CareerDocument d = parse("# Sueldos de 1935\n## Maestro\n\nSe fija el sueldo de los maestros en 4.000 pesetas anuales.\n"
                + "## Impiegato\n\nLo stipendio era di 12.000 lire all'anno.\n");
        assertThat(d.careers()).extracting(c -> c.name() + " = " + c.bands().get(0).min() + " " + c.bands().get(0).currency())
                .containsExactly("Maestro = 4000 ESP", "Impiegato = 12000 ITL");
    }

    @Test
    void theTitlesJobIsNamedAsOnePersonWithoutItsPayWords() {
        assertThat(JobNames.asSubject("Salaires développeurs")).isEqualTo("développeur");
        assertThat(JobNames.asSubject("Software Developer Salaries")).isEqualTo("Software Developer");
        assertThat(JobNames.asSubject("Sueldo de los enfermeros")).isEqualTo("enfermero");
        // A question's job too, its accents kept: only the plural "s" goes.
        assertThat(JobNames.jobOfTitle("Combien gagnent les développeurs ?")).isEqualTo("développeur");
        // "The life of": a frame around the job, in the six languages.
        assertThat(JobNames.jobOfTitle("Vida de pessoa programadora")).isEqualTo("pessoa programadora");
        assertThat(JobNames.jobOfTitle("A day in the life of a nurse")).isEqualTo("nurse");
        assertThat(JobNames.jobOfTitle("La vie d'un infirmier")).isEqualTo("infirmier");
    }

    @Test
    void whatLivingCostsIsNoPayButTheCostToACompanyIs() {
        assertThat(PayFinder.namesCost("Coût de la vie")).isTrue();
        assertThat(PayFinder.namesCost("Rent")).isTrue();
        assertThat(PayFinder.namesCost("Cost to company")).isFalse();
        assertThat(PayFinder.namesCost("Salaire moyen")).isFalse();
    }

    @Test
    void whatHousingOrAMealCostsIsNoPayEvenInASalarySection() {
        assertThat(PayFinder.find("Im Tal zahlt man knapp 1900€ im Monat für eine 35qm² Wohnung.", PayFinder.Context.PLAIN)).isEmpty();
        assertThat(PayFinder.find("You pay about $1,800 a month for a small apartment", PayFinder.Context.SALARY)).isEmpty();
        // Pay "for" a job or a week's work stays pay.
        assertThat(PayFinder.find("Ein Junior verdient 3.500 € im Monat für eine 40-Stunden-Woche.", PayFinder.Context.PLAIN)).hasSize(1);
    }

    @Test
    void whatAWholePopulationEarnsIsNoJobsPay() {
        assertThat(PayFinder.find("50 % gagne moins de 19 010 €/an", PayFinder.Context.PAY)).isEmpty();
        assertThat(PayFinder.find("Donc si vous gagnez plus de 3 000 € par mois, avant impôts", PayFinder.Context.PLAIN)).isEmpty();
        assertThat(PayFinder.find("Nurses earn $81,220 a year, well above the $48,060 median for all occupations.",
                PayFinder.Context.PLAIN)).extracting(f -> f.reading().min().intValue()).containsExactly(81220);
        assertThat(PayFinder.find("Un développeur gagne 3 000 € par mois.", PayFinder.Context.PLAIN)).hasSize(1);
    }

    @Test
    void aCurrencyAfterAnAsideIsTheRangesAndAPlacesAverageIsNoJobsPay() {
        assertThat(PayFinder.find("a Londra un sys-admin viene pagato dalle 35.000 alle 50.000, (a volte anche di più) sterline/anno",
                PayFinder.Context.PLAIN)).extracting(f -> f.reading().min() + "-" + f.reading().max() + " " + f.reading().currency())
                .containsExactly("35000-50000 GBP");
        assertThat(PayFinder.find("quando lo stipendio medio nella capitale è di 15.000-15.600 euro/anno", PayFinder.Context.PLAIN)).isEmpty();
    }

    @Test
    void aConversionOfARefusedAmountCostsSavingsAndScalesAreNoPay() {
        assertThat(PayFinder.find("Un monolocale costa 1500-2000£ (1.900-2.500€) al mese.", PayFinder.Context.PAY)).isEmpty();
        assertThat(PayFinder.find("a fine mese metti da parte 750€.", PayFinder.Context.PAY)).isEmpty();
        assertThat(PayFinder.find("les percentiles (sur 100) suivent le même principe", PayFinder.Context.SALARY)).isEmpty();
        // The converted pay stays pay, and Costa Rica is a place, not a cost.
        assertThat(PayFinder.find("Un junior guadagna 1900£ (2400€) al mese.", PayFinder.Context.PLAIN)).hasSize(2);
        assertThat(PayFinder.find("Trabajé en Costa Rica por $2,000 al mes de salario.", PayFinder.Context.PLAIN)).hasSize(1);
    }

    @Test
    void aSmallNumberClosesARangeItsCurrencyOpens() {
        assertThat(PayFinder.find("I used to get paid $3-4 an hour.", PayFinder.Context.PLAIN))
                .extracting(f -> f.reading().min() + "-" + f.reading().max() + " " + f.reading().period())
                .containsExactly("3-4 HOUR");
        assertThat(PayFinder.find("Il a 4 ans de métier et gagne 2 400 € par mois.", PayFinder.Context.PLAIN))
                .extracting(f -> f.reading().min().intValue()).containsExactly(2400);
    }

    @Test
    void aDollarCountryNamedAmongOtherPlacesIsNoPageDollar() {
        assertThat(PayFinder.dollarOf("Nurse pay in Sydney and Melbourne, Australia")).isEqualTo("AUD");
        assertThat(PayFinder.dollarOf("The Great Barrier Reef in Australia, the Pyramids of Giza in Egypt")).isEqualTo("USD");
    }

    @Test
    void theDollarOfTheOneDollarCountryATextNamesTwice() {
        assertThat(PayFinder.dollarOfText("Shifts in Montréal pay well; Montréal caterers hire weekly.")).isEqualTo("CAD");
        // Named once, beside the United States, or with its own dollar written apart: "$" stays the page's default.
        assertThat(PayFinder.dollarOfText("One office in Toronto, the rest elsewhere.")).isNull();
        assertThat(PayFinder.dollarOfText("Toronto or Vancouver? Both pay less than the United States.")).isNull();
        assertThat(PayFinder.dollarOfText("In Toronto, CA$ 160,000; in Vancouver, a bit less; here $112,000.")).isNull();
        assertThat(PayFinder.dollarOfText("Trabajo en Buenos Aires por 30000 pesos y en Rosario.")).isEqualTo("ARS");
        // The word "dollars" is the page's dollar, but on a page whose "$" is a peso, the US dollar.
        assertThat(PayFinder.resolve(PayFinder.DOLLARS, "CAD")).isEqualTo("CAD");
        assertThat(PayFinder.resolve(PayFinder.DOLLARS, "MXN")).isEqualTo("USD");
        assertThat(PayFinder.resolve(PayFinder.DOLLARS, "USD")).isEqualTo("USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"**Who Are Quantity Surveyors?**|Quantity Surveyor", "What Does a Nurse Do?|Nurse",
        "Qu'est-ce qu'un urbaniste ?|urbaniste", "¿Qué es un enfermero?|enfermero", "O que faz um eletricista?|eletricista",
        "Was macht ein Elektriker?|Elektriker", "Chi è il fisioterapista?|fisioterapista"})
    void questionHeadingsNameTheJobTheyDescribe(String heading, String job) {
        assertThat(JobNames.describedJob(heading)).isEqualTo(job);
    }

    @Test
    void aQuestionAboutNoJobOrAboutOneJobAloneNamesNoCareer() {
        assertThat(JobNames.describedJob("What is a career in construction?")).isNull();
        // One job asked about alone is an article's section, not a list of careers.
        CareerDocument d = parse("# Nursing\n\n## What Does a Nurse Do?\n\nCare.\n\n## Salary\n\n$80,000 a year.\n");
        assertThat(d.careers()).extracting(c -> c.name()).containsExactly("Nursing");
    }

    // An advert's opening words, closing tags and a guide's edition are not its job; a company
    // whose name ends like a job ("…manager") comes before the job it hires for. No job: empty.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Búsqueda laboral: Coordinación de Proyectos [Actualizado]|Coordinación de Proyectos",
        "Job opening: Community Manager|Community Manager",
        "Recrutement d'ingénieur d'étude|ingénieur d'étude",
        "Recrutement d‘un-e chargé-e de projets|chargé-e de projets",
        "Vacancy|", "Recrutement|",
        "Ciaomanager - backend developer|backend developer",
        "Projektmanager - Acme GmbH|Projektmanager",
        "CFO Salary Guide 2025: Maximizing Compensation Based on Company Size|CFO"})
    void anAdvertsOpeningTagsAndEditionAreNotItsJob(String title, String job) {
        assertThat(JobNames.jobOfTitle(title)).isEqualTo(job);
    }

    @Test
    void aScalesEndsAndRangesWhoseEndsSayWhomTheyAreForAreRanges() {
        assertThat(PayFinder.find("Salary: £34,909 rising to £39,746 per annum", PayFinder.Context.PLAIN))
                .extracting(f -> f.reading().min().intValue() + "-" + f.reading().max().intValue()).containsExactly("34909-39746");
        assertThat(PayFinder.find("De 15€ (débutant) à 45€ (expérimenté) de l'heure", PayFinder.Context.PLAIN))
                .extracting(f -> f.reading().min().intValue() + "-" + f.reading().max().intValue() + " " + f.reading().period())
                .containsExactly("15-45 HOUR");
    }

    @Test
    void payAloneOnItsLineUnderTheJobsHeadingIsItsPay() {
        CareerDocument d = parse("---\ntitle: Jobs\n---\n### Museum Fellow\n(Research Assistant, imaging of manuscripts)\n\n"
                + "£24,289 - £27,318\n\nA nine-month contract. The Research Assistant works with the imaging team.\n");
        assertThat(d.careers()).singleElement().satisfies(c -> assertThat(c.salary().bands())
                .extracting(b -> b.min().intValue() + "-" + b.max().intValue() + " " + b.currency()).containsExactly("24289-27318 GBP"));
    }

    @Test
    void aThousandsSignGluedToItsCurrencyCode() {
        assertThat(PayFinder.find("Horquilla de salida entre 25KMXN y 30KMXN, según experiencia", PayFinder.Context.SALARY))
                .extracting(f -> f.reading().min().intValue() + "-" + f.reading().max().intValue() + " " + f.reading().currency())
                .containsExactly("25000-30000 MXN");
        assertThat(Amounts.read("entre 25KMXN y 30KMXN").max().intValue()).isEqualTo(30000);
        assertThat(PayFinder.find("a 5 km walk for 5 kids", PayFinder.Context.SALARY)).allSatisfy(
                f -> assertThat(f.reading().max().intValue()).isLessThan(10));
    }

    @Test
    void aTitlesArrowSeparatesItsParts() {
        assertThat(JobNames.jobOfTitle("🚀 Estrategias Validadas: Mesero → Income Stream con IA en México (2024-2025)"))
                .isEqualTo("Mesero");
    }

    @Test
    void aSmallNumberOpensARangeWhoseOtherEndCarriesTheCurrency() {
        for (String line : List.of("La retribuzione va dai 9 ai 12 euro all'ora netti.", "It pays from 9 to 12 euros an hour.")) {
            assertThat(PayFinder.find(line, PayFinder.Context.PLAIN)).as(line)
                    .extracting(f -> f.reading().min().intValue() + "-" + f.reading().max().intValue() + " " + f.reading().period())
                    .containsExactly("9-12 HOUR");
        }
    }

    @Test
    void questionsNamingNoJobUnderOneTitleAreTheSectionsOfWhatItNames() {
        CareerDocument d = parse("# Student Part-Time Collaborations\n\nThe university pays students for part-time work.\n\n"
                + "### How do they work?\n\nAt most 200 hours a year, paid from 9 to 12 euros an hour.\n\n"
                + "### Requirements\n\nEnrolment and credits.\n\n### Where to find them?\n\nOn the calls page.\n");
        assertThat(d.careers()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Student Part-Time Collaborations");
            assertThat(c.salary().bands()).extracting(b -> b.min().intValue() + "-" + b.max().intValue()).containsExactly("9-12");
        });
    }

    @Test
    void aPeriodOpeningTheAmountsOwnClauseIsItsPeriod() {
        assertThat(PayFinder.find("Performance Bonus: Annual bonuses up to £8,000 based on profit", PayFinder.Context.PLAIN))
                .extracting(f -> f.reading().period() + " " + f.reading().periodStated()).containsExactly("YEAR true");
        // A year named in another clause, or a month that is other numbers', is not a month-sized amount's.
        assertThat(PayFinder.find("un guadagno annuo di €24.000, circa €1.400 netti", PayFinder.Context.PLAIN))
                .extracting(f -> f.reading().periodStated()).containsExactly(true, false);
        assertThat(PayFinder.find("Stimo 2 ore mensili 20€.", PayFinder.Context.PLAIN)).isEmpty();
    }

    @Test
    void thePesoSignIsThePhilippinePesoQuotedByTheMonth() {
        CareerDocument d = parse("# Teacher\n\nA public school teacher earns ₱27,000 in Manila.\n");
        assertThat(d.careers()).singleElement().satisfies(c -> assertThat(c.salary().bands())
                .extracting(b -> b.min().intValue() + " " + b.currency() + " " + b.period()).containsExactly("27000 PHP MONTH"));
    }

    @Test
    void aJobTitleFieldRepeatedIsOneJob() {
        assertThat(CareerParser.labelledJob(">Job title: Design co-op\n\n- Job title: Design co-op\n")).isEqualTo("Design co-op");
        assertThat(CareerParser.labelledJob("- Job title: Designer\n- Job title: Developer\n")).isNull();
    }

    @Test
    void aPremiumAfterPlusIsNoPayButADiplomaLevelLeavesTheAmountAfterIt() {
        assertThat(PayFinder.find("Medical gas: +$3-6/hr", PayFinder.Context.SALARY)).isEmpty();
        assertThat(PayFinder.find("BTS / Bac+2 – 28 000 € brut par an", PayFinder.Context.SALARY))
                .extracting(f -> f.reading().min().intValue()).containsExactly(28000);
    }

    @Test
    void whatAPremiumComesToIsNoPay() {
        assertThat(PayFinder.find("une prime de 11 points / mois donc 11 × 4.403 € = 48.43 € donc un salaire de 1 593.88 €.",
                PayFinder.Context.PLAIN)).extracting(f -> f.reading().min().toPlainString()).containsExactly("1593.88");
    }

    @Test
    void payThatRarelyDipsBelowAnAmountStartsThere() {
        assertThat(PayFinder.find("salaries rarely dip below ₹18 LPA for experienced professionals", PayFinder.Context.PLAIN))
                .extracting(f -> f.reading().openEnded()).containsExactly(true);
        assertThat(PayFinder.find("Pay begins at $10.20/hour", PayFinder.Context.PLAIN))
                .extracting(f -> f.reading().openEnded()).containsExactly(true);
    }

    @Test
    void aJobThenItsDepartmentOrTradeIsThatJob() {
        assertThat(JobNames.jobOf("Deputy Director, National Organizing")).isEqualTo("Deputy Director, National Organizing");
        assertThat(JobNames.jobOf("Territory Sales Manager - Automotive")).isEqualTo("Territory Sales Manager - Automotive");
        assertThat(JobNames.jobOf("Salary, Benefits")).isNull();
        // The job before where it is paid; a place alone names none.
        assertThat(JobNames.jobOf("Salary of Registered Staff Nurses in Ireland")).isNotNull();
        assertThat(JobNames.jobOf("Salaries in Ireland")).isNull();
        assertThat(JobNames.jobOf("prof")).isEqualTo("prof");
    }

    @Test
    void aSectionAboutAJobIsNoJob() {
        assertThat(JobNames.jobOf("Electricians Work Environment")).isNull();
        assertThat(JobNames.jobOf("Compétences du développeur")).isNull();
        assertThat(JobNames.jobOf("Aufgaben eines Elektrikers")).isNull();
        assertThat(JobNames.jobOf("Head of Training")).isEqualTo("Head of Training");
        assertThat(JobNames.jobOf("Training Coordinator")).isEqualTo("Training Coordinator");
        assertThat(JobNames.jobOfTitle("Electrician Career Overview")).isEqualTo("Electrician");
    }

    @Test
    void anIndentedBlockOfHeadingsAndSentencesIsProseNotCode() {
        assertThat(ProseCodeBlocks.isProse("### Salaire du débutant\nA partir de 1890 euros brut par mois\n")).isTrue();
        assertThat(ProseCodeBlocks.isProse("check-dossier --id 42 > rapport.txt\n")).isFalse();
        assertThat(ProseCodeBlocks.isProse("salary = base * 1.2;\n")).isFalse();
        assertThat(ProseCodeBlocks.isProse("make install\n")).isFalse();
        assertThat(ProseCodeBlocks.isProse("npm run build\n")).isFalse();
        assertThat(ProseCodeBlocks.isProse("ls -la tmp files\n")).isFalse();
        assertThat(ProseCodeBlocks.isProse("*   ab dem 1. Mai 2020:\n")).isTrue();
    }

    @Test
    void aHeadingThatIsOnlyAPlaceNamesNoJob() {
        assertThat(Places.isPlace("3. Estonie")).isTrue();
        assertThat(Places.isPlace("5. Émirats Arabes Unis (Dubaï)")).isTrue();
        assertThat(Places.isPlace("New Zealand")).isTrue();
        assertThat(Places.isPlace("Salário no Brasil")).isFalse();
        assertThat(Places.isPlace("Nurse in Ireland")).isFalse();
    }

    @Test
    void aCareerNamedByItsFieldAloneNamesThatJob() {
        assertThat(JobNames.jobOfTitle("Carreira Full Stack")).isEqualTo("Full Stack");
        assertThat(JobNames.jobOfTitle("DevOps Career")).isEqualTo("DevOps");
        // A field that is no job's name stays a career in general.
        assertThat(JobNames.jobOfTitle("Carreira em TI")).isNull();
        assertThat(JobNames.jobOfTitle("Career advice")).isNull();
    }

    @Test
    void rangesWrittenInWordsAreOneBandAndAboveIsOpenEnded() {
        assertThat(PayFinder.find("Acima de R$ 7.000, podendo chegar a R$ 15.000", PayFinder.Context.SALARY))
                .extracting(f -> f.reading().min() + "-" + f.reading().max()).containsExactly("7000-15000");
        assertThat(PayFinder.find("de 35 000 € pour un profil junior à 65 000 € pour un profil senior", PayFinder.Context.PAY))
                .extracting(f -> f.reading().min() + "-" + f.reading().max()).containsExactly("35000-65000");
        // Without the opening "de", two amounts for two people stay two.
        assertThat(PayFinder.find("Il touche 3 000 € pour un mois à Paris et 2 000 € à Lyon", PayFinder.Context.PAY)).hasSize(2);
        assertThat(PayFinder.find("Acima de US$ 150.000 anuais", PayFinder.Context.SALARY))
                .extracting(f -> f.reading().openEnded()).containsExactly(true);
    }

    @Test
    void isoCodesAndSymbolsOfMoreCurrenciesAreRead() {
        assertThat(PayFinder.find("Plat: 85 000 CZK měsíčně, bonus 10 %", PayFinder.Context.SALARY))
                .extracting(f -> f.reading().currency()).containsExactly("CZK");
        assertThat(PayFinder.find("Salary: 9 000 zł, or ₺45.000 in Istanbul", PayFinder.Context.SALARY))
                .extracting(f -> f.reading().currency()).containsExactly("PLN", "TRY");
        // "PHP" is the language, not the peso.
        assertThat(PayFinder.find("Salary: PHP 8 years of experience", PayFinder.Context.PLAIN)).isEmpty();
    }

    @Test
    void aThousandsSignWrittenOnceClosesASlashRangeAndFractionsStayNumbers() {
        CareerDocument d = parse("# Data\n## Data Analyst\n\n### Salary\n\n- Berlin: 45/60k\n- On call: 24/7, 1/4 of weekends\n");
        assertThat(d.careers().get(0).bands()).extracting(b -> b.min() + "-" + b.max() + " " + b.currency())
                .containsExactly("45000-60000 EUR");
        // In prose, thousands just after a word for pay are pay, in the currency of the place named.
        CareerDocument prose = parse("# Data\n## Data Analyst\n\nIn London I heard of salaries of 95k for seniors. Some have 150k followers.\n");
        assertThat(prose.careers().get(0).bands()).extracting(b -> b.min() + " " + b.currency())
                .containsExactly("95000 GBP");
    }

    @Test
    void aListOfReferencesNamingJobsIsNoListOfCareers() {
        CareerDocument d = parse("# Custos do projeto\n\nQuanto a equipe custa.\n\n## Planilha\n\nVeja a planilha.\n\n"
                + "# Referencias\n\n- Salários do cargo de Software Developer – Brasil. Disponível em:\n<https://example.org/a>.\n\n"
                + "- Salários do cargo de Estagiário Desenvolvedor – Brasil. Disponível em:\n<https://example.org/b>.\n");
        assertThat(d.careers()).extracting(c -> c.name()).noneMatch(name -> name.startsWith("Salários"));
        assertThat(d.sources()).hasSize(2);
    }

    @Test
    void anAmountBesidePayInItsSentenceIsPayOfThatPeriodButNotACost() {
        CareerDocument d = parse("# Tarifs\n## Développeur freelance\n\nNous facturons 600 € par jour pour les contrats longs, "
                + "et 800 € pour les interventions courtes. Mon loyer coûte 900 € et j'ai 3 clients.\n");
        assertThat(d.careers().get(0).bands()).extracting(b -> b.min() + " " + b.period())
                .containsExactly("600 DAY", "800 DAY");
    }

    @Test
    void aSmallAmountWithACurrencyCodeIsRead() {
        // Two digits and a code ("25EUR", "18 USD"): no symbol, no third digit, still an amount.
        for (String page : List.of("# Buchhalter\n\n* 25EUR Lohn pro Stunde (verhandelbar)\n", "# Accountant\n\nWe pay 18 USD per hour.\n")) {
            CareerDocument d = parse(page);
            assertThat(d.careers()).singleElement().satisfies(c -> assertThat(c.bands()).extracting(b -> b.min() + " "
                    + b.currency() + "/" + b.period()).containsAnyOf("25 EUR/HOUR", "18 USD/HOUR"));
        }
    }

    @Test
    void romanceAdjectivesAfterAThingNameNoJob() {
        assertThat(JobNames.jobOf("Visita técnica")).isNull();
        assertThat(JobNames.jobOf("Assistência técnica")).isNull();
        assertThat(JobNames.jobOf("Ingeniero técnico")).isEqualTo("Ingeniero técnico");
        assertThat(JobNames.jobOf("Agente comercial")).isEqualTo("Agente comercial");
    }

    @Test
    void aThousandsSignCountsOnlyForAnAmountWrittenWithoutItsThousands() {
        // A bare "$" before the first band naming its dollar is the page's; after it, that dollar.
        CareerDocument d = parse("# Surveyor\n\n## Salary\n\n- $45-$60k\n- AU$61K - AU$84,250\n- $70K\n");
        assertThat(d.careers()).singleElement().satisfies(c -> assertThat(c.bands()).extracting(b -> b.min() + "-"
                + b.max() + " " + b.currency()).containsExactly("45000-60000 USD", "61000-84250 AUD", "70000-70000 AUD"));
    }

    @Test
    void pagesOfStepsAreOneJobAndLadderRolesAreNot() {
        assertThat(JobGrades.of("Firefighter 4th Year")).isEqualTo(new JobGrades.Graded("Firefighter", "4th Year"));
        assertThat(JobGrades.of("Firefighter Recruit")).isEqualTo(new JobGrades.Graded("Firefighter", "Recruit"));
        assertThat(JobGrades.of("Engineer II")).isEqualTo(new JobGrades.Graded("Engineer", "II"));
        assertThat(JobGrades.of("Lehrer Stufe 3")).isEqualTo(new JobGrades.Graded("Lehrer", "Stufe 3"));
        // A seniority word alone names a role of a career ladder, kept whole.
        assertThat(JobGrades.of("Senior Engineer")).isEqualTo(new JobGrades.Graded("Senior Engineer", ""));
        assertThat(JobGrades.of("Scrum Master")).isEqualTo(new JobGrades.Graded("Scrum Master", ""));
        assertThat(JobGrades.of("4th Year")).isNull();
    }

    @Test
    void aBlockAttributeLineDoesNotHideTheTableUnderIt() {
        CareerDocument d = parse("# Welder\n\n## Salary\n\n{: class=\"table table-hover\"}\n| Region | Yearly |\n| --- | --- |\n"
                + "| North | $48,000 |\n\n```\n{: .kept}\n```\n");
        assertThat(d.careers()).singleElement().satisfies(c -> assertThat(c.bands()).extracting(b -> b.min() + " "
                + b.line()).containsExactly("48000 8"));
        assertThat(BlockAttributes.blanked("a\n{: .note}\n```\n{: .kept}\n```\n")).isEqualTo("a\n\n```\n{: .kept}\n```\n");
    }

    @Test
    void aSentenceLeadingToAListNamesNoJob() {
        assertThat(JobNames.jobOf("Motoristas não têm acesso a:")).isNull();
        assertThat(JobNames.jobOf("Toda decisão de produto deve responder:")).isNull();
        assertThat(JobNames.jobOf("Engenheiro(a) de dados")).isNotNull();
    }

    @Test
    void aPeriodNamedForAnEquivalentIsNotTheAmountsOwn() {
        assertThat(PayFinder.find("The salary before tax per year is 21500 euro, which corresponds to a monthly salary "
                + "after tax of about 1480 euro.", PayFinder.Context.PLAIN)).extracting(f -> f.reading().period())
                .containsExactly(dev.careers.model.Period.YEAR, dev.careers.model.Period.MONTH);
        // "à +/- 5000 euros": a tolerance, no pay.
        assertThat(PayFinder.find("fourchettes de salaire à +/- 5000 euros", PayFinder.Context.SALARY)).isEmpty();
    }

    @Test
    void billionsAreNoPayAndNoAmountWithoutItsMultiplier() {
        CareerDocument d = parse("# Staff Engineer\n\n**Employer:** ~$4B market cap, $1.2bn revenue\n\n"
                + "## Salary\n\n- $195K–$255K per year\n");
        assertThat(d.careers()).singleElement().satisfies(c -> assertThat(c.salary().bands()).singleElement()
                .satisfies(b -> assertThat(b.min()).isEqualByComparingTo("195000")));
        assertThat(codes(d)).doesNotContain("salary.no-period");
        assertThat(Amounts.read("$4B").min()).isEqualByComparingTo("4000000000");
        // Without a currency, a letter after a number is a grade or a size, not billions.
        assertThat(Amounts.read("Grade 3B").min()).isEqualByComparingTo("3");
    }

    @Test
    void raisesAndGapsBetweenPaysAreNoPay() {
        for (String line : List.of("By November the rate was set at $225,000, a $10,000 jump from months earlier.",
                "The monthly gap, 400 to 628 euros less than in Munich, adds up.",
                "Grazie alla mia scelta ho ottenuto in media 450€ in meno al mese.",
                "Il rettore ha avuto un incremento salariale di 45 mila sterline.")) {
            assertThat(PayFinder.find(line, PayFinder.Context.PLAIN)).extracting(f -> f.reading().max())
                    .allSatisfy(max -> assertThat(max).isNotIn(new BigDecimal("10000"), new BigDecimal("628"),
                            new BigDecimal("450"), new BigDecimal("45000")));
        }
    }

    @Test
    void millionsWrittenWithDigitsKeepTheirDigits() {
        assertThat(PayFinder.find("The salary is 1.2 million euros a year.", PayFinder.Context.PLAIN))
                .singleElement().satisfies(f -> assertThat(f.reading().min()).isEqualByComparingTo("1200000"));
        assertThat(PayFinder.find("Lo stipendio medio di un post-doc è di 40 mila $ annui.", PayFinder.Context.PLAIN))
                .singleElement().satisfies(f -> assertThat(f.reading().min()).isEqualByComparingTo("40000"));
        // "a quarter-million dollars" is not a million.
        assertThat(PayFinder.find("The firm is paying juniors a quarter-million dollars.", PayFinder.Context.PLAIN))
                .extracting(f -> f.reading().min()).doesNotContain(new BigDecimal("1000000"));
    }

    @Test
    void aPeriodNamedElsewhereInTheSentenceIsNotGivenToAnAmountNoOneEarnsByIt() {
        assertThat(PayFinder.find("When you bill clients $600-$900 per hour for associate work, paying $225,000 "
                + "starts to look cheap.", PayFinder.Context.PLAIN)).extracting(f -> f.reading().period())
                .containsExactly(dev.careers.model.Period.HOUR, dev.careers.model.Period.YEAR);
    }

    @Test
    void aLabelledLineInASalarySectionUnderAYearsPayIsNoBand() {
        CareerDocument d = parse("# Animateur\n\n## Rémunération\n\n"
                + "Candidature : rapide (function(){var b=\"https://s3-eu-west-1.example.com/\";})()\n\n"
                + "- Confirmé : 32 000 € brut annuel\n");
        assertThat(d.careers()).singleElement().satisfies(c -> assertThat(c.salary().bands())
                .extracting(b -> b.min().intValue()).containsExactly(32000));
        assertThat(codes(d)).contains("salary.no-period");
        // A script written in a line is code, never pay.
        assertThat(PayFinder.find("Apply here <script>var fee = '$45,000';</script> today", PayFinder.Context.SALARY)).isEmpty();
    }

    @Test
    void anAmountAndChangeIsItsFloor() {
        assertThat(PayFinder.find("I make CAD$135,000/year (about USD$ 105k and change).", PayFinder.Context.SALARY))
                .extracting(f -> f.reading().currency() + " " + f.reading().openEnded())
                .containsExactly("CAD false", "USD true");
    }

    @Test
    void aBoardOfJobsOpenedByOneBoldJobIsAboutThatJob() {
        CareerDocument d = parse("---\ntitle: Vacancies\n---\n**Volunteer Coordinator**\n\nHelp us run our tool library.\n\n"
                + "* Salary: £24,000 pro rata\n* Closing date: 1 May\n");
        assertThat(d.careers()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Volunteer Coordinator");
            assertThat(c.salary().bands()).singleElement().satisfies(b -> assertThat(b.min()).isEqualByComparingTo("24000"));
        });
        // A page titled otherwise keeps its own reading.
        assertThat(CareerParser.openingJob("Our story", "**Volunteer Coordinator**\n\ntext")).isNull();
    }

    @Test
    void taxCreditsScholarshipsDeductionsAndCostsAreNoPay() {
        for (String line : List.of("You'll invest about four years and $7,600-$11,000 out-of-pocket.",
                "Employers receive tax credits ($2,000-$4,000 per apprentice annually).",
                "The guild scholarship provides $1,000 to apprentices returning to school.",
                "Join a tool plan ($10/week payroll deduction for tool purchases).",
                "Remember to claim the $1,000 tool deduction.",
                "Remember to claim the $1,000 annual tradesperson's tools tax deduction.",
                "Rango de US$ 4.000-5.000 anuales para reembolso de gastos.",
                "- $750 Travel Reimbursement - One Time payment",
                "A $10/day increase across 500 sub-days per month costs $5,000/month or $45,000/year.",
                "We run a cocktail lounge generating £800k annually.")) {
            assertThat(PayFinder.find(line, PayFinder.Context.PLAIN)).as(line).isEmpty();
        }
        assertThat(PayFinder.find("The salary is $50,000 before deductions.", PayFinder.Context.PLAIN)).hasSize(1);
        assertThat(PayFinder.dollarOf("BC Electrician Apprenticeship: Your Complete Guide")).isEqualTo("CAD");
    }

    @Test
    void aTableRowNamingARaiseOrAOneOffPaymentIsNoBand() {
        CareerDocument d = parse("# Tram driver\n\nA tram driver earns about 3,100 euros a month.\n\n## The agreement\n\n"
                + "| Component | Details |\n|---|---|\n| Base wage increase | 380 euros/month from June |\n"
                + "| One-time payment | 1,500 euros |\n| Monthly base wage | 3,100 euros |\n");
        assertThat(d.careers()).singleElement().satisfies(c -> assertThat(c.salary().bands())
                .extracting(b -> b.min().intValue()).containsExactly(3100));
    }

    @Test
    void aVerbInThePastEndsTheJobOfATitle() {
        assertThat(JobNames.jobOfTitle("Why City Drivers Walked Out: Wages and Strikes")).isEqualTo("Driver");
        assertThat(JobNames.jobOfTitle("Embedded Engineer Salary")).isEqualTo("Embedded Engineer");
    }

    @Test
    void anEpisodeOfASeriesNamesNoJob() {
        assertThat(JobNames.jobOfTitle("Devs pelo Mundo #42")).isNull();
        assertThat(JobNames.jobOfTitle("Developer Stories, Episode 7")).isNull();
    }

    @Test
    void aTitlesJobDropsAParenthesisItDoesNotOpen() {
        assertThat(JobNames.jobOfTitle("Mon année (de développeuse Freelance)")).isEqualTo("développeuse Freelance");
        assertThat(JobNames.jobOfTitle("DevOps Career")).isEqualTo("DevOps");
    }

    @Test
    void aMinimumPayLeavesTheTopOpen() {
        for (String line : List.of("Es gilt ein KV-Mindestgrundgehalt von monatlich € 2.104,50 brutto mit Bereitschaft zur Überzahlung.",
                "We offer a minimum salary of $52,000 per year.")) {
            assertThat(PayFinder.find(line, PayFinder.Context.SALARY)).singleElement()
                    .satisfies(f -> assertThat(f.reading().openEnded()).isTrue());
        }
    }

    @Test
    void anAccountsItemsAreNoPostsAndASumWrittenOutIsNoFloor() {
        CareerDocument d = parse("# Stundensatz als Freiberufler\n\nMein Stundensatz: 85,00€ (netto), also 101,15€ mit "
                + "Umsatzsteuer (85,00€ + 19%).\n\n| Position | Betrag | Summe |\n| --- | --- | --- |\n"
                + "| Jahresumsatz | 98.000,00€ | 98.000,00€ |\n| Betriebskosten | 5.000,00€ | 93.000,00€ |\n");
        assertThat(d.careers()).extracting(c -> c.name()).doesNotContain("Jahresumsatz", "Betriebskosten");
        assertThat(PayFinder.find("Stundensatz 90,00€ + 19%", PayFinder.Context.SALARY)).singleElement()
                .satisfies(f -> assertThat(f.reading().openEnded()).isFalse());
        assertThat(JobNames.jobOfTitle("My Freelancer Field Report")).isEqualTo("Freelancer");
    }

    @Test
    void anAmountInTheBoldOpeningOfALineIsRead() {
        CareerDocument d = parse("# Warehouse Picker\n\n## What we offer\n\n- **Rate from 29.50 PLN gross** per hour\n"
                + "- Accommodation:\n  - utility bill payment: **450 PLN per month**\n");
        assertThat(d.careers()).singleElement().satisfies(c -> assertThat(c.bands()).extracting(b -> b.min() + " "
                + b.currency() + "/" + b.period() + (b.openEnded() ? "+" : "")).containsExactly("29.5 PLN/HOUR+"));
    }

    @Test
    void aTemplatesJobTitleFieldNamesThePage() {
        CareerDocument d = parse("# Career Research Worksheet\n\n## Career Title: Dental Hygienist\n\n### Salary\n\n"
                + "- **Entry-Level**: $61,000-$72,000/year\n- **Benefits**:\n  - 401k (4% match)\n"
                + "- Evening clinics can add $4,000-$6,000 to base salary.\n");
        assertThat(d.careers()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Dental Hygienist");
            assertThat(c.bands()).extracting(b -> b.min() + "-" + b.max()).containsExactly("61000-72000");
        });
        assertThat(CareerParser.labelledJob("**Job title:** Welder\n\n**Job title:** Fitter\n")).isNull();
    }

    @Test
    void aLabelledLineWithNoNumberNoPayWordAndNoLevelIsText() {
        CareerDocument d = parse("# Court Interpreter\n\n## Pay\n\n- **Federal courts:** $310 - $420 per day.\n"
                + "- **Benefits and Perks:** Health insurance and a pension.\n- **Junior:** à négocier\n");
        assertThat(d.careers()).singleElement().satisfies(c -> assertThat(c.bands()).extracting(b -> b.label())
                .containsExactly("Federal courts", "Junior"));
    }
}
