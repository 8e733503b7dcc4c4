package dev.careers.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.careers.export.ExportOptions;
import dev.careers.export.Exporter;
import dev.careers.io.JsonText;
import dev.careers.model.Career;
import dev.careers.model.CareerDocument;
import dev.careers.model.Constraint;
import dev.careers.model.Demand;
import dev.careers.model.Diagnostic;
import dev.careers.model.OtherSection;
import dev.careers.model.Salary;
import dev.careers.model.SalaryBand;
import dev.careers.model.SectionHeading;
import dev.careers.model.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the model as JSON: UTF-8, pretty-printed with two spaces, LF line endings, a final
 * newline, keys in the order of the model contract, {@code null} for absent values. Stateless and
 * thread-safe.
 *
 * <p>Streamed with jackson-core's generator: no tree is built, and jackson-databind (whose
 * {@code ObjectMapper} took about 50 ms to start) is not loaded.
 *
 * @see <a href="../../../../../../../README.md#the-json-model">the JSON model</a>
 */
public final class JsonExporter implements Exporter {
    /** Writes one value with a generator. */
    @FunctionalInterface
    private interface Writer<T> {
        void write(JsonGenerator json, T value) throws IOException;
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public String description() {
        return "the career model as JSON, for scripts (schema version "
                + CareerDocument.SCHEMA_VERSION + ")";
    }

    @Override
    public boolean binary() {
        return false;
    }

    @Override
    public void export(CareerDocument document, ExportOptions options, OutputStream out)
            throws IOException {
        JsonText.write(out, json -> document(json, document));
    }

    @Override
    public boolean supportsCombined() {
        return true;
    }

    @Override
    public void exportCombined(
            List<CareerDocument> documents, ExportOptions options, OutputStream out)
            throws IOException {
        JsonText.write(out, json -> array(json, documents, JsonExporter::document));
    }

    private static void document(JsonGenerator json, CareerDocument d) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schemaVersion", d.schemaVersion());
        json.writeStringField("source", d.source());
        json.writeStringField("title", d.title());
        json.writeStringField("logo", d.logo());
        json.writeStringField("language", d.language());
        json.writeObjectFieldStart("frontMatter");
        for (var entry : d.frontMatter().entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        json.writeStringField("layout", d.layout());
        strings(json, "introduction", d.introduction());
        field(json, "careers", d.careers(), JsonExporter::career);
        field(json, "sections", d.sections(), JsonExporter::otherSection);
        json.writeStringField("sourcesHeading", d.sourcesHeading());
        field(json, "sources", d.sources(), JsonExporter::source);
        field(json, "diagnostics", d.diagnostics(), JsonText::diagnostic);
        json.writeEndObject();
    }

    private static void career(JsonGenerator json, Career c) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", c.name());
        json.writeStringField("acronym", c.acronym());
        json.writeNumberField("line", c.line());
        json.writeStringField("origin", c.origin());
        json.writeStringField("summary", c.summary());
        strings(json, "responsibilities", c.responsibilities());
        json.writeFieldName("salary");
        if (c.salary() == null) {
            json.writeNull();
        } else {
            salary(json, c.salary());
        }
        field(json, "constraints", c.constraints(), JsonExporter::constraint);
        strings(json, "environments", c.environments());
        field(json, "demand", c.demand(), JsonExporter::demand);
        field(json, "otherSections", c.otherSections(), JsonExporter::otherSection);
        field(json, "headings", c.headings(), JsonExporter::heading);
        json.writeEndObject();
    }

    private static void heading(JsonGenerator json, SectionHeading h) throws IOException {
        json.writeStartObject();
        json.writeStringField("section", h.section());
        json.writeStringField("heading", h.heading());
        json.writeNumberField("line", h.line());
        json.writeEndObject();
    }

    private static void salary(JsonGenerator json, Salary s) throws IOException {
        json.writeStartObject();
        json.writeStringField("heading", s.heading());
        json.writeStringField("scope", s.scope());
        field(json, "bands", s.bands(), JsonExporter::band);
        json.writeEndObject();
    }

    private static void band(JsonGenerator json, SalaryBand b) throws IOException {
        json.writeStartObject();
        json.writeStringField("label", b.label());
        json.writeStringField("level", b.level().id());
        json.writeNumberField("min", b.min()); // null is written as null
        json.writeNumberField("max", b.max());
        json.writeBooleanField("openEnded", b.openEnded());
        json.writeStringField("currency", b.currency());
        json.writeStringField("period", b.period().id());
        json.writeStringField("note", b.note());
        json.writeStringField("text", b.text());
        json.writeNumberField("line", b.line());
        json.writeStringField("origin", b.origin());
        json.writeEndObject();
    }

    private static void constraint(JsonGenerator json, Constraint c) throws IOException {
        json.writeStartObject();
        json.writeStringField("title", c.title());
        json.writeStringField("description", c.description());
        json.writeNumberField("line", c.line());
        json.writeEndObject();
    }

    private static void demand(JsonGenerator json, Demand d) throws IOException {
        json.writeStartObject();
        json.writeStringField("label", d.label());
        json.writeStringField("role", d.role().id());
        json.writeStringField("text", d.text());
        json.writeNumberField("line", d.line());
        json.writeEndObject();
    }

    private static void otherSection(JsonGenerator json, OtherSection s) throws IOException {
        json.writeStartObject();
        json.writeStringField("heading", s.heading());
        strings(json, "paragraphs", s.paragraphs());
        strings(json, "items", s.items());
        field(json, "rows", s.rows(), JsonExporter::strings);
        json.writeNumberField("line", s.line());
        json.writeEndObject();
    }

    private static void source(JsonGenerator json, Source s) throws IOException {
        json.writeStartObject();
        json.writeStringField("text", s.text());
        json.writeStringField("url", s.url());
        json.writeNumberField("line", s.line());
        json.writeEndObject();
    }

    /** Writes an array of strings. */
    private static void strings(JsonGenerator json, List<String> values) throws IOException {
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeFieldName(name);
        strings(json, values);
    }

    /** Writes a field whose value is an array. */
    private static <T> void field(JsonGenerator json, String name, List<T> values, Writer<T> writer)
            throws IOException {
        json.writeFieldName(name);
        array(json, values, writer);
    }

    private static <T> void array(JsonGenerator json, List<T> values, Writer<T> writer) throws IOException {
        json.writeStartArray();
        for (T value : values) {
            writer.write(json, value);
        }
        json.writeEndArray();
    }
}
