package dev.careers.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careers.model.CareerDocument;
import java.io.OutputStream;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The exporter registration itself: META-INF/services and the lookup by format. */
class ExportersTest {
    @Test
    void serviceLoaderFindsTheBuiltInFormats() {
        var formats = ServiceLoader.load(Exporter.class).stream().map(p -> p.get().format()).toList();
        assertThat(formats).contains("json");
        assertThat(Exporters.builtIn().formats()).containsExactlyElementsOf(formats);
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

    @Test
    void everyBuiltInExporterCanBePrepared() {
        Exporters.builtIn().entries().forEach(entry -> entry.exporter().prepare());
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
