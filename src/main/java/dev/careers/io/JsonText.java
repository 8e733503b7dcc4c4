package dev.careers.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.careers.model.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The JSON texts the tool writes (the model and the run summary), in one style: pretty-printed
 * with two spaces, "key": value, amounts as plain decimals, a final newline; the stream is flushed,
 * not closed. Diagnostics are written once, as the model contract (docs/model.md) gives them.
 */
public final class JsonText {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
                    Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** Writes one JSON value with a generator. */
    @FunctionalInterface
    public interface Content {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonText() {}

    /** Writes a JSON text in the tool's style. */
    public static void write(OutputStream out, Content content) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(PRINTER.createInstance());
            content.write(json);
        }
        out.write('\n');
        out.flush();
    }

    /** Writes a diagnostic as in the model contract. */
    public static void diagnostic(JsonGenerator json, Diagnostic d) throws IOException {
        json.writeStartObject();
        json.writeStringField("severity", d.severity().id());
        json.writeStringField("code", d.code());
        json.writeNumberField("line", d.line());
        json.writeNumberField("column", d.column());
        json.writeStringField("message", d.message());
        json.writeEndObject();
    }
}
