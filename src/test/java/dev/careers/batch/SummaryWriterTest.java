package dev.careers.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careers.Careers;
import dev.careers.model.CareerDocument;
import dev.careers.model.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run summary: written apart from the JSON exporter, it must read like it. */
class SummaryWriterTest {
    private static final Careers CAREERS = Careers.create();

    // Issue 17: the summary moved out of the JSON exporter and writes its diagnostics itself.
    @Test
    void diagnosticsReadAsInTheJsonModel() throws IOException {
        CareerDocument document = CAREERS.parse("# T\n## Métier\n### Salaire\n* Junior : 50k€ - 40k€\n"
                + "* Senior : beaucoup\n", "t.md");
        assertThat(document.diagnostics()).extracting(d -> d.severity()).contains(Severity.WARNING);
        var model = new ByteArrayOutputStream();
        CAREERS.export(document, "json", model);
        var result = new FileResult("t.md", FileResult.Status.OK, List.of(), document.careers().size(),
                document.diagnostics(), List.of(), 3);
        var summary = new ByteArrayOutputStream();
        SummaryWriter.write(List.of(result), List.of(), 3, "0.1.0", summary);

        ObjectMapper mapper = new ObjectMapper();
        JsonNode fromModel = mapper.readTree(model.toByteArray()).get("diagnostics");
        JsonNode fromSummary = mapper.readTree(summary.toByteArray()).at("/inputs/0/diagnostics");
        assertThat(fromSummary).isNotEmpty().isEqualTo(fromModel);
    }

    @Test
    void theTextIsLaidOutAsTheJsonExporterLaysOutDocuments() throws IOException {
        var summary = new ByteArrayOutputStream();
        SummaryWriter.write(List.of(), List.of(), 0, "0.1.0", summary);
        String text = summary.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"summaryVersion\": 1,\n").endsWith("}\n").doesNotContain("\r")
                .contains("\"inputs\": [],");
    }
}
