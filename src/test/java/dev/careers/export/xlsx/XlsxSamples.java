package dev.careers.export.xlsx;

import dev.careers.model.Career;
import dev.careers.model.CareerDocument;
import dev.careers.model.Constraint;
import dev.careers.model.Demand;
import dev.careers.model.DemandRole;
import dev.careers.model.Diagnostic;
import dev.careers.model.Level;
import dev.careers.model.OtherSection;
import dev.careers.model.Period;
import dev.careers.model.Salary;
import dev.careers.model.SectionHeading;
import dev.careers.model.SalaryBand;
import dev.careers.model.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Hand-built documents for the xlsx tests, covering what the exporter must get right. */
final class XlsxSamples {
    private XlsxSamples() {}

    static SalaryBand band(String label, Level level, String min, String max, String currency,
            Period period, int line) {
        return new SalaryBand(label, level, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), false, currency, period, null,
                min + " - " + max, line);
    }

    static Career career(String name, String acronym, int line, List<SalaryBand> bands) {
        return new Career(name, acronym, line, "Summary of " + name, List.of("Does things", "More things"),
                new Salary("Salaire", null, bands),
                List.of(new Constraint("Rigueur", "Beaucoup de rigueur.", line + 5)),
                List.of("Startups", "Labs"),
                List.of(new Demand("Qui en a besoin", DemandRole.NEEDS, "Tout le monde", line + 8)),
                List.of(), List.of());
    }

    /** A French document with €, $, £, CHF, daily and monthly pay, a band without amount, tricky text. */
    static CareerDocument mixed() {
        var careers = new ArrayList<Career>();
        careers.add(new Career("Le Data Scientist", null, 3, "Le mathématicien des données.",
                List.of("Exploration de données", "=1+1", "@cmd", "+33 1 23", "-moins"),
                new Salary("Salaire", null, List.of(
                        band("Junior", Level.JUNIOR, "45000", "60000", "EUR", Period.YEAR, 10),
                        band("Sénior", Level.SENIOR, "70000", "100000", "EUR", Period.YEAR, 11),
                        band("TJM", Level.FREELANCE, "500", "800", "EUR", Period.DAY, 12))),
                List.of(new Constraint("L'effet \"Black Box\"", "Difficile à expliquer.", 14),
                        new Constraint(null, "Sans titre\u0007 avec contrôle", 15)),
                List.of("Laboratoires", "Startups IA"),
                List.of(new Demand("Qui en a le plus besoin", DemandRole.NEEDS_MOST, "Marketing", 18)),
                List.of(new OtherSection("Outils", List.of("Un paragraphe _x0041_ littéral."),
                        List.of("Python"), List.of(List.of("Outil", "Usage"), List.of("pandas", "=SUM(A1)")), 20)),
                List.of(new SectionHeading("role", "Rôle et Responsabilités", 4),
                        new SectionHeading("constraints", "Défis", 13))));
        careers.add(new Career("Le Machine Learning Engineer (MLE)", "MLE", 25, null, List.of(),
                new Salary("Salary (US)", "US", List.of(
                        band("Junior", Level.JUNIOR, "120000", "150000", "USD", Period.YEAR, 27),
                        new SalaryBand("Sénior", Level.SENIOR, new BigDecimal("80000"), new BigDecimal("110000"),
                                true, "EUR", Period.YEAR, "très variable", "80k€ - 110k€+", 28),
                        band("Lead", Level.LEAD, null, null, "EUR", Period.YEAR, 29))),
                List.of(), List.of(), List.of(), List.of(), List.of()));
        careers.add(career("=HYPERLINK(\"http://evil\")", null, 30, List.of(
                band("Junior", Level.JUNIOR, "40000", "55000", "GBP", Period.YEAR, 32),
                band("Senior", Level.SENIOR, "9000", "12000", "CHF", Period.MONTH, 33))));
        careers.add(career("AI Researcher", null, 40, List.of(
                band("Junior (Post-Doc)", Level.JUNIOR, "50000", "70000", "EUR", Period.YEAR, 42),
                band("Hourly", Level.OTHER, "45.5", "60.25", "USD", Period.HOUR, 43),
                band("Inconnu", Level.OTHER, "1000", "2000", null, Period.YEAR, 44))));
        return new CareerDocument(CareerDocument.SCHEMA_VERSION, "samples/mixed.md", "Les métiers de l'IA", null,
                "fr", List.of("Intro"), careers,
                null,
                List.of(new Source("Goodfellow, Deep Learning", "https://www.deeplearningbook.org/", 50),
                        new Source("Local file", "file:///etc/passwd", 51),
                        new Source("No link", null, 52)),
                List.of(Diagnostic.warning("salary.unparsed", 29, 5, "The amount \"?\" could not be read.")));
    }

    /** The same document in another language, as the parser would have detected it. */
    static CareerDocument inLanguage(CareerDocument document, String language) {
        return new CareerDocument(document.schemaVersion(), document.source(), document.title(), document.logo(),
                language, document.introduction(), document.careers(), document.sourcesHeading(),
                document.sources(), document.diagnostics());
    }

    /** An English document with one currency. */
    static CareerDocument english() {
        return new CareerDocument(CareerDocument.SCHEMA_VERSION, "samples/english.md", "AI careers", null, "en",
                List.of(), List.of(
                        career("Data Engineer", null, 3, List.of(
                                band("Junior", Level.JUNIOR, "90000", "110000", "USD", Period.YEAR, 5),
                                band("Senior", Level.SENIOR, "140000", "190000", "USD", Period.YEAR, 6))),
                        career("Prompt Engineer", null, 10, List.of(
                                band("Senior", Level.SENIOR, "130000", "175000", "USD", Period.YEAR, 12)))),
                null,
                List.of(), List.of());
    }

    /** A document without careers. */
    static CareerDocument empty() {
        return new CareerDocument(CareerDocument.SCHEMA_VERSION, "empty.md", null, null, "en",
                List.of(), List.of(), null, List.of(), List.of());
    }

    /** One career with many junior and senior bands interleaved, so a level's rows are scattered. */
    static CareerDocument scattered(int bands) {
        var list = new ArrayList<SalaryBand>();
        for (int i = 0; i < bands; i++) {
            list.add(band(i % 2 == 0 ? "Junior" : "Senior", i % 2 == 0 ? Level.JUNIOR : Level.SENIOR,
                    String.valueOf(1000 + i), String.valueOf(2000 + i), "EUR", Period.YEAR, 3 + i));
        }
        return new CareerDocument(CareerDocument.SCHEMA_VERSION, "scattered.md", null, null, "en",
                List.of(), List.of(career("Scattered", null, 1, list)), null, List.of(), List.of());
    }

    /** A document of many generated careers, for size and time checks. */
    static CareerDocument large(int count) {
        var careers = new ArrayList<Career>(count);
        for (int i = 0; i < count; i++) {
            int base = 30000 + (i * 37) % 50000;
            careers.add(career("Career number " + i, null, 1 + i * 30, List.of(
                    band("Junior", Level.JUNIOR, String.valueOf(base), String.valueOf(base + 15000), "EUR", Period.YEAR, 3 + i * 30),
                    band("Senior", Level.SENIOR, String.valueOf(base + 20000), String.valueOf(base + 50000), "EUR", Period.YEAR, 4 + i * 30),
                    band("TJM", Level.FREELANCE, String.valueOf(400 + i % 300), String.valueOf(700 + i % 300), "EUR", Period.DAY, 5 + i * 30))));
        }
        return new CareerDocument(CareerDocument.SCHEMA_VERSION, "large.md", "Large", null, "en",
                List.of(), careers, null, List.of(), List.of());
    }
}
