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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Readies POI for the first real workbook of a run by writing a small one to nowhere: a
 * workbook loads and initialises most of its cost (XMLBeans' schema types, the package writer,
 * the chart, table and conditional-format classes, the zip copy) only when it is first used, and
 * every kind of part a real workbook has is made here once. Runs at most once per process.
 *
 * <p>It goes in two steps: first an empty workbook (XMLBeans' schema types and POI's package,
 * about half the cost of a first workbook), then a whole one. An export waits for a warm-up under
 * way rather than race it ({@link #awaitOrSkip}), as both would pay for the same first use; and
 * when an export is waiting after the first step, the warm-up stops there, so that the export
 * never waits for a workbook nobody reads.
 */
final class WarmUp {
    private static final Object LOCK = new Object();
    private static boolean done; // guarded by LOCK
    private static volatile boolean wanted;

    private WarmUp() {}

    /** Writes a one-career workbook in a language to a null stream, unless POI is already in use. */
    static void run(String language) {
        synchronized (LOCK) {
            if (done) {
                return;
            }
            done = true;
            try (var empty = new XSSFWorkbook()) {
                empty.createSheet();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!wanted) {
                write(language);
            }
        }
    }

    /** Waits for a warm-up under way to finish its step; one not yet started will not start. */
    static void awaitOrSkip() {
        wanted = true;
        synchronized (LOCK) {
            done = true;
        }
    }

    private static void write(String language) {
        var bands = List.of(
                band(Level.JUNIOR, "40000", "50000", 2),
                band(Level.SENIOR, "55000", "70000", 3));
        var career = new Career("Warm-up", null, 1, "Summary", List.of("Item"), new Salary("Salary", null, bands),
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
