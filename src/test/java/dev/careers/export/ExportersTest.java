package dev.careers.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ServiceLoader;
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
    void unknownFormatNamesItAndTheAvailableOnes() {
        assertThatThrownBy(() -> Exporters.builtIn().get("docx"))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("unknown format 'docx'; available: ")
                .hasMessageContaining("json");
    }
}
