package dev.careers.parse;

import java.util.List;

/**
 * The kinds of section a career page may have, recognised from the first words of a heading in
 * the six languages, case- and accent-insensitively, allowing one typo in long words.
 */
enum SectionKind {
    ROLE(List.of("role", "roles", "missions", "mission", "responsabilites", "responsabilite",
            "responsibilities", "responsibility", "description", "funciones", "responsabilidades",
            "tareas", "funcoes", "atribuicoes", "aufgaben", "taetigkeiten", "tatigkeiten", "mansioni",
            "responsabilita", "compiti")),
    SALARY(List.of("salaire", "salaires", "salary", "salaries", "remuneration", "remunerations",
            "compensation", "pay", "salari", "salario", "salarios", "sueldo", "sueldos", "remuneracion",
            "salarios", "remuneracao", "gehalt", "gehaelter", "gehalter", "verdienst", "verguetung",
            "vergutung", "einkommen", "lohn", "lohne", "loehne", "stipendio", "stipendi", "retribuzione", "ral", "tjm",
            // civil servants' pay ("Besoldung", "vencimentos"), wages, and pay as a sum earned
            "besoldung", "entgelt", "wage", "wages", "earnings", "retribucion", "retribuciones", "vencimento",
            "vencimentos", "ordenado", "compenso", "compensi",
            "taux horaire", "hourly rate", "hourly rates", "day rate", "day rates", "stundensatz",
            "stundensatze", "tagessatz", "tarifa", "tarifas", "tariffe", "tariffa",
            // "Rango salarial de un piloto de drones", "Gehaltsspanne als Pflegekraft": a range of pay first
            "rango salarial", "rangos salariales", "franja salarial", "banda salarial", "faixa salarial",
            "faixas salariais", "fascia salariale", "fasce salariali", "fascia retributiva", "fourchette salariale",
            "fourchettes salariales", "gehaltsspanne", "gehaltsspannen", "gehaltsband", "gehaltsbander")),
    CONSTRAINTS(List.of("contraintes", "contrainte", "constraints", "constraint", "challenges",
            "challenge", "difficultes", "difficulte", "difficulties", "desafios", "retos",
            "herausforderungen", "sfide")),
    ENVIRONMENTS(List.of("environnement", "environnements", "environment", "environments",
            "work environment", "work environments", "working environment", "working environments")),
    DEMAND(List.of("demande", "demandes", "demand", "company demand", "companies demand",
            "market demand", "employer demand")),
    SOURCES(List.of("sources", "source", "references", "reference", "bibliographie",
            "bibliography", "fuentes", "fuente", "referencias", "bibliografia", "fontes", "fonte", "referencias bibliograficas",
            "quellen", "quelle", "quellenangaben", "literatur", "einzelnachweise", "fonti", "riferimenti")),
    OTHER(List.of());

    // Heading texts repeat ("Salaire" in each of 10,000 careers), and each is asked for twice. In a
    // holder: an enum's own static fields are not ready while its constants are built.
    private static final class Holder {
        static final Memo<SectionKind> KINDS = new Memo<>(SectionKind::recognise);
    }

    private static final java.util.Set<String> SALARY_WORDS = java.util.Set.of("salaire", "salaires",
            "salary", "salaries", "remuneration", "compensation", "pay", "salario", "salarios", "sueldo",
            "sueldos", "gehalt", "gehalter", "stipendio", "stipendi", "retribuzione", "remuneracao",
            "salariale", "salarial", "salariales", "salariais");

    private final List<String[]> openings;

    SectionKind(List<String> openings) {
        this.openings = openings.stream().map(o -> o.split(" ")).toList();
    }

    /** The name used in the model ("role", "constraints"). */
    String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind of a heading's plain text; {@link #OTHER} when no kind matches. */
    static SectionKind of(String heading) {
        return Holder.KINDS.get(heading);
    }

    private static SectionKind recognise(String heading) {
        String[] words = Words.split(Words.fold(stripNumbering(heading)));
        if (words.length == 0) {
            return OTHER;
        }
        for (SectionKind kind : values()) {
            for (String[] opening : kind.openings) {
                // "Referências salariais" are pay figures, not the page's sources
                if (startsWith(words, opening) && !(kind == SOURCES && namesPay(words))) {
                    return kind;
                }
            }
        }
        // "Fourchette de salaire", "Average salary": a short heading naming pay is about pay.
        if (words.length <= 4) {
            for (String word : words) {
                // German compounds: "Jahresgehälter", "Ausbildungsvergütung", "Stundensätze".
                if (SALARY_WORDS.contains(word) || word.endsWith("gehalt") || word.endsWith("gehalter") || word.endsWith("lohn")
                        || word.endsWith("vergutung") || word.endsWith("stundensatze") || word.endsWith("besoldung")
                        || word.startsWith("gehalts")) { // "Gehaltsverhandlung", "Gehaltswunsch angeben"
                    return SALARY;
                }
            }
        }
        return OTHER;
    }

    private static boolean namesPay(String[] words) {
        for (String word : words) {
            if (SALARY_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(String[] words, String[] opening) {
        if (words.length < opening.length) {
            return false;
        }
        for (int i = 0; i < opening.length; i++) {
            if (!Words.nearlyEqual(words[i], opening[i])) {
                return false;
            }
        }
        return true;
    }

    // "2. Salaire", "II - Contraintes", "📊 Salaire": the number or symbol is not part of the name.
    private static String stripNumbering(String heading) {
        if (!heading.isEmpty() && Character.isLetter(heading.charAt(0)) && "IVX".indexOf(heading.charAt(0)) < 0) {
            return heading; // nothing to strip, no regex to run (most headings)
        }
        return heading.replaceFirst("^[^\\p{L}]*(?:[IVX]+\\b[^\\p{L}]*)?", "");
    }
}
