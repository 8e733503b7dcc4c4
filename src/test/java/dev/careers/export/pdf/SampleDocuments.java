package dev.careers.export.pdf;

import dev.careers.model.Career;
import dev.careers.model.CareerDocument;
import dev.careers.model.Constraint;
import dev.careers.model.Demand;
import dev.careers.model.DemandRole;
import dev.careers.model.Level;
import dev.careers.model.OtherSection;
import dev.careers.model.Period;
import dev.careers.model.Salary;
import dev.careers.model.SalaryBand;
import dev.careers.model.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Career documents built by hand, for tests that must not depend on the parser. */
final class SampleDocuments {
    private SampleDocuments() {}

    /** The model of {@code metiers-ia.md}, the reference sample, as the parser builds it. */
    static CareerDocument metiersIa() {
        return new CareerDocument(CareerDocument.SCHEMA_VERSION, "input/metiers-ia.md", "Les métier de l'IA",
                null, "fr", List.of(),
                List.of(dataScientist(), mlEngineer(), researcher()),
                null,
                List.of(new Source("Goodfellow, I., Bengio, Y., & Courville, A. (2016). Deep Learning. MIT Press.",
                                null, 73),
                        new Source("Burkov, A. (2019). The Hundred-Page Machine Learning Book.", null, 74)),
                List.of());
    }

    private static Career dataScientist() {
        return new Career("Le Data Scientist", null, 3,
                "Le mathématicien des données. Il transforme un problème business en problème statistique.",
                List.of("Exploration de données (EDA) et Feature Engineering.",
                        "Entraînement et validation de modèles (Régression, Random Forest, XGBoost).",
                        "Communication des résultats aux parties prenantes non techniques."),
                new Salary("Salaire", null, List.of(
                        band("Junior", Level.JUNIOR, 45_000, 60_000, false, null, "45k€ - 60k€", 12),
                        band("Sénior", Level.SENIOR, 70_000, 100_000, false, null, "70k€ - 100k€", 13))),
                List.of(new Constraint("L'effet \"Black Box\"",
                                "Difficulté d'expliquer pourquoi le modèle a pris telle décision.", 16),
                        new Constraint("Qualité des données",
                                "\"Garbage In, Garbage Out\". Passe 80% de son temps à nettoyer les données.", 17)),
                List.of("Laboratoires de R&D privés", "Départements Marketing", "Startups IA"),
                List.of(new Demand("Qui en a besoin", DemandRole.NEEDS,
                                "Entreprises cherchant à optimiser des processus existants.", 23),
                        new Demand("Qui en a le plus besoin", DemandRole.NEEDS_MOST,
                                "Marketing (segmentation client), Santé (diagnostic assisté), Industrie 4.0 "
                                        + "(maintenance prédictive).", 24)),
                List.of(), List.of());
    }

    private static Career mlEngineer() {
        return new Career("Le Machine Learning Engineer (MLE)", "MLE", 28,
                "L'ingénieur qui industrialise les modèles du Data Scientist.",
                List.of("Déploiement de modèles via API (Docker, Kubernetes, FastAPI).",
                        "Monitoring de la performance des modèles en production (MLOps).",
                        "Optimisation de la latence et des coûts d'inférence (Quantization, Distillation)."),
                new Salary("Salaire", null, List.of(
                        band("Junior", Level.JUNIOR, 50_000, 65_000, false, null, "50k€ - 65k€", 37),
                        band("Sénior", Level.SENIOR, 80_000, 110_000, true, null, "80k€ - 110k€+", 38))),
                List.of(new Constraint("Rigueur extrême",
                                "Un modèle en production peut coûter des millions s'il dérive (Drift).", 41),
                        new Constraint("Complexité technique",
                                "Doit maîtriser à la fois le code bas niveau et les mathématiques avancées.", 42)),
                List.of("Tech giants (GAFAM)", "Licornes technologiques"),
                List.of(new Demand("Qui en a besoin", DemandRole.NEEDS,
                                "Entreprises ayant validé leurs POC (Proof of Concept) IA.", 48),
                        new Demand("Qui en a le plus besoin", DemandRole.NEEDS_MOST,
                                "Les services financiers (trading haute fréquence, détection de fraude) et les "
                                        + "réseaux sociaux (algorithmes de recommandation).", 49)),
                List.of(), List.of());
    }

    private static Career researcher() {
        return new Career("Le AI Researcher (Chercheur en IA)", null, 53,
                "Il repousse l'état de l'art (SOTA). Il ne résout pas un problème business immédiat, "
                        + "il invente les architectures de demain.",
                List.of("Lecture et écriture de papiers de recherche (NeurIPS, ICLR).",
                        "Expérimentation sur de nouvelles architectures de réseaux de neurones."),
                new Salary("Salaire", null, List.of(
                        band("Junior (Post-Doc)", Level.JUNIOR, 50_000, 70_000, false, null, "50k€ - 70k€", 61),
                        band("Sénior (Lead Research)", Level.SENIOR, 100_000, 300_000, true,
                                "très variable selon publication",
                                "100k€ - 300k€+ (très variable selon publication).", 62))),
                List.of(new Constraint("Incertitude",
                                "On peut chercher pendant 6 mois sans rien trouver de concluant.", 65),
                        new Constraint("Concurrence", "Le domaine bouge à une vitesse fulgurante.", 66)),
                List.of(),
                List.of(new Demand("Qui en a besoin", DemandRole.NEEDS,
                                "Très peu d'entreprises (coût élevé, ROI incertain).", 69),
                        new Demand("Qui en a le plus besoin", DemandRole.NEEDS_MOST,
                                "Google DeepMind, OpenAI, Meta AI, Mistral AI, Hugging Face.", 70)),
                List.of(), List.of());
    }

    static SalaryBand band(String label, Level level, long min, long max, boolean open, String note,
            String text, int line) {
        return new SalaryBand(label, level, BigDecimal.valueOf(min), BigDecimal.valueOf(max), open, "EUR",
                Period.YEAR, note, text, line);
    }

    /** An English document exercising everything else: USD, day rates, other sections, links, symbols. */
    static CareerDocument english(int careers) {
        var list = new ArrayList<Career>();
        for (int i = 1; i <= careers; i++) {
            list.add(new Career("Prompt Engineer " + i + " (PE)", "PE", 10 * i,
                    "Designs prompts → ships features; earns £ and € and $ alike.",
                    List.of("Writes evaluation suites", "Reviews outputs ➜ reports"),
                    new Salary("Salary (US market)", "US market", List.of(
                            new SalaryBand("Entry", Level.JUNIOR, BigDecimal.valueOf(150_000),
                                    BigDecimal.valueOf(210_000), false, "USD", Period.YEAR, null,
                                    "$150,000 - $210,000", 10 * i + 1),
                            new SalaryBand("Freelance", Level.FREELANCE, BigDecimal.valueOf(600),
                                    BigDecimal.valueOf(900 + i), true, "USD", Period.DAY, "depends on the client",
                                    "$600 - $900+/day (depends on the client)", 10 * i + 2),
                            new SalaryBand("Staff", Level.LEAD, null, null, false, null, Period.YEAR, null,
                                    "negotiable, equity heavy", 10 * i + 3))),
                    List.of(new Constraint(null, "Constant model churn.", 10 * i + 4)),
                    List.of("Labs", "Startups (seed, series A)"),
                    List.of(new Demand(null, DemandRole.OTHER, "Everyone wants one.", 10 * i + 5)),
                    List.of(new OtherSection("Career path", List.of("Often starts in support."),
                            List.of("Support → PE", "PE → Staff"),
                            List.of(List.of("Step", "Years"), List.of("Junior", "0–2"), List.of("Senior", "5+")),
                            10 * i + 6)), List.of()));
        }
        return new CareerDocument(CareerDocument.SCHEMA_VERSION, "docs/prompting.md", "Prompting careers",
                null, "en", List.of("A short guide.", "Second paragraph of the introduction."), list,
                null,
                List.of(new Source("OpenAI, Prompt engineering guide", "https://platform.openai.com/docs/guides/"
                        + "prompt-engineering/six-strategies-for-getting-better-results?with=a&very=long&query="
                        + "string-that-goes-on-and-on-and-on", 3)),
                List.of());
    }
}
