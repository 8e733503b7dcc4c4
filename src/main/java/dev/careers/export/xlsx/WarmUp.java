package dev.careers.export.xlsx;

import dev.careers.export.ExportOptions;
import dev.careers.model.Career;
import dev.careers.model.CareerDocument;
import dev.careers.model.Level;
import dev.careers.model.Period;
import dev.careers.model.Salary;
import dev.careers.model.SalaryBand;
import dev.careers.model.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Readies POI for the first real workbook of a run by writing a small one to nowhere: a
 * workbook loads and initialises most of its cost (XMLBeans' schema types, the package writer,
 * the chart, table and conditional-format classes, the zip copy) only when it is first used, and
 * every kind of part a real workbook has is made here once. Stateless.
 */
final class WarmUp {
    private WarmUp() {}

    /** Writes a one-career workbook in a language to a null stream. */
    static void run(String language) {
        var bands = List.of(
                band(Level.JUNIOR, "40000", "50000", 2),
                band(Level.SENIOR, "55000", "70000", 3));
        var career = new Career("Warm-up", null, 1, "Summary", List.of("Item"), new Salary(null, null, bands),
                List.of(), List.of(), List.of(), List.of(), List.of());
        var document = new CareerDocument(CareerDocument.SCHEMA_VERSION, "warm-up.md", "Warm-up", null, language,
                List.of(), List.of(career), null, List.of(new Source("Site", "https://example.org/", 4)), List.of());
        try {
            new WorkbookWriter(ExportOptions.defaults(Instant.EPOCH))
                    .write(List.of(document), false, OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SalaryBand band(Level level, String min, String max, int line) {
        return new SalaryBand(level.id(), level, new BigDecimal(min), new BigDecimal(max), false, "EUR",
                Period.YEAR, null, min + " - " + max, line);
    }
}
