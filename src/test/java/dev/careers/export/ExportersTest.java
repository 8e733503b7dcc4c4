package dev.careers.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careers.model.CareerDocument;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The exporter registration itself: META-INF/services and the lookup by format. */
class ExportersTest {
    // Issue 17: compared with the formats we ship, not with ServiceLoader's own answer.
    private static final List<String> BUILT_IN = List.of("json", "pdf", "xlsx");

    @Test
    void serviceLoaderFindsTheBuiltInFormats() {
        var loaded = ServiceLoader.load(Exporter.class).stream().map(ServiceLoader.Provider::get).toList();
        assertThat(loaded).extracting(Exporter::format).containsExactlyElementsOf(BUILT_IN);
        assertThat(loaded).extracting(Exporter::extension).containsExactly("json", "pdf", "xlsx");
        assertThat(loaded).extracting(e -> e.getClass().getName()).containsExactly(
                "dev.careers.export.json.JsonExporter", "dev.careers.export.pdf.PdfExporter",
                "dev.careers.export.xlsx.XlsxExporter");
        assertThat(Exporters.builtIn().formats()).containsExactlyElementsOf(BUILT_IN);
        assertThat(Exporters.builtIn().entries()).extracting(Exporters.Entry::origin).containsOnly("built-in");
        assertThat(Exporters.builtIn().problems()).isEmpty();
    }

    @Test
    void preparingInTheBackgroundGoesOnPastAnExporterThatThrows() throws InterruptedException {
        var prepared = new CountDownLatch(1);
        Exporter throwing = new Stub("broken", () -> {
            throw new IllegalStateException("no fonts");
        });
        Exporter counting = new Stub("counted", prepared::countDown);
        Exporters.prepareInBackground(List.of(throwing, counting));
        assertThat(prepared.await(10, TimeUnit.SECONDS)).as("the second exporter was prepared").isTrue();
    }

    // Issue 17: the CLI prepares the chosen exporters on a background thread while an export may
    // already run, and Exporter.prepare() must be thread-safe and must not throw. Every built-in
    // exporter is prepared from several threads at once, each told apart in the failure message.
    @Test
    void everyBuiltInExporterCanBePrepared() throws InterruptedException {
        List<Exporter> exporters = Exporters.builtIn().entries().stream().map(Exporters.Entry::exporter).toList();
        assertThat(exporters).extracting(Exporter::format).containsExactlyElementsOf(BUILT_IN);
        Map<String, Throwable> failures = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        var start = new CountDownLatch(1);
        for (Exporter exporter : exporters) {
            for (int i = 0; i < 3; i++) {
                String name = exporter.format() + " on thread " + i;
                threads.add(new Thread(() -> {
                    try {
                        start.await();
                        exporter.prepare();
                    } catch (Throwable e) {
                        failures.put(name, e);
                    }
                }, name));
            }
        }
        threads.forEach(Thread::start);
        start.countDown();
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(thread.isAlive()).as("%s still preparing after 30 s", thread.getName()).isFalse();
        }
        assertThat(failures).as("exporters whose prepare() threw").isEmpty();
    }

    /** An exporter that only prepares. */
    private record Stub(String format, Runnable preparing) implements Exporter {
        @Override
        public String extension() {
            return format;
        }

        @Override
        public String description() {
            return "a test exporter";
        }

        @Override
        public void prepare() {
            preparing.run();
        }

        @Override
        public void export(CareerDocument document, ExportOptions options, OutputStream out) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void unknownFormatNamesItAndTheAvailableOnes() {
        assertThatThrownBy(() -> Exporters.builtIn().get("docx"))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("unknown format 'docx'; available: ")
                .hasMessageContaining("json");
    }
}
