package dev.careers.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careers.export.ExportOptions;
import dev.careers.export.Exporter;
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
import java.util.function.Function;

/**
 * Writes the model as JSON: UTF-8, pretty-printed with two spaces, LF line endings, a final
 * newline, keys in the order of the model contract, {@code null} for absent values. Stateless and
 * thread-safe.
 *
 * @see <a href="../../../../../../../README.md#the-json-model">the JSON model</a>
 */
public final class JsonExporter implements Exporter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
                    Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

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
        write(toJson(document), out);
    }

    @Override
    public boolean supportsCombined() {
        return true;
    }

    @Override
    public void exportCombined(
            List<CareerDocument> documents, ExportOptions options, OutputStream out)
            throws IOException {
        write(array(documents, JsonExporter::toJson), out);
    }

    /** Writes any tree the way this exporter writes documents (also used for run summaries). */
    public static void write(JsonNode tree, OutputStream out) throws IOException {
        MAPPER.writer(PRINTER).writeValue(out, tree);
        out.write('\n');
        out.flush();
    }

    /** The JSON tree of a document, keys in contract order. */
    public static ObjectNode toJson(CareerDocument d) {
        ObjectNode o = NODES.objectNode();
        o.put("schemaVersion", d.schemaVersion());
        o.put("source", d.source());
        o.put("title", d.title());
        o.put("logo", d.logo());
        o.put("language", d.language());
        o.set("introduction", strings(d.introduction()));
        o.set("careers", array(d.careers(), JsonExporter::career));
        o.set("sources", array(d.sources(), JsonExporter::source));
        o.set("diagnostics", array(d.diagnostics(), JsonExporter::diagnostic));
        return o;
    }

    private static ObjectNode career(Career c) {
        ObjectNode o = NODES.objectNode();
        o.put("name", c.name());
        o.put("acronym", c.acronym());
        o.put("line", c.line());
        o.put("summary", c.summary());
        o.set("responsibilities", strings(c.responsibilities()));
        o.set("salary", c.salary() == null ? NODES.nullNode() : salary(c.salary()));
        o.set("constraints", array(c.constraints(), JsonExporter::constraint));
        o.set("environments", strings(c.environments()));
        o.set("demand", array(c.demand(), JsonExporter::demand));
        o.set("otherSections", array(c.otherSections(), JsonExporter::otherSection));
        o.set("headings", array(c.headings(), JsonExporter::heading));
        return o;
    }

    private static ObjectNode heading(SectionHeading h) {
        ObjectNode o = NODES.objectNode();
        o.put("section", h.section());
        o.put("heading", h.heading());
        o.put("line", h.line());
        return o;
    }

    private static ObjectNode salary(Salary s) {
        ObjectNode o = NODES.objectNode();
        o.put("heading", s.heading());
        o.put("scope", s.scope());
        o.set("bands", array(s.bands(), JsonExporter::band));
        return o;
    }

    private static ObjectNode band(SalaryBand b) {
        ObjectNode o = NODES.objectNode();
        o.put("label", b.label());
        o.put("level", b.level().id());
        o.put("min", b.min());
        o.put("max", b.max());
        o.put("openEnded", b.openEnded());
        o.put("currency", b.currency());
        o.put("period", b.period().id());
        o.put("note", b.note());
        o.put("text", b.text());
        o.put("line", b.line());
        return o;
    }

    private static ObjectNode constraint(Constraint c) {
        ObjectNode o = NODES.objectNode();
        o.put("title", c.title());
        o.put("description", c.description());
        o.put("line", c.line());
        return o;
    }

    private static ObjectNode demand(Demand d) {
        ObjectNode o = NODES.objectNode();
        o.put("label", d.label());
        o.put("role", d.role().id());
        o.put("text", d.text());
        o.put("line", d.line());
        return o;
    }

    private static ObjectNode otherSection(OtherSection s) {
        ObjectNode o = NODES.objectNode();
        o.put("heading", s.heading());
        o.set("paragraphs", strings(s.paragraphs()));
        o.set("items", strings(s.items()));
        o.set("rows", array(s.rows(), JsonExporter::strings));
        o.put("line", s.line());
        return o;
    }

    private static ObjectNode source(Source s) {
        ObjectNode o = NODES.objectNode();
        o.put("text", s.text());
        o.put("url", s.url());
        o.put("line", s.line());
        return o;
    }

    /** The JSON tree of a diagnostic, as in the model contract. */
    public static ObjectNode diagnostic(Diagnostic d) {
        ObjectNode o = NODES.objectNode();
        o.put("severity", d.severity().id());
        o.put("code", d.code());
        o.put("line", d.line());
        o.put("column", d.column());
        o.put("message", d.message());
        return o;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = NODES.arrayNode();
        values.forEach(a::add);
        return a;
    }

    private static <T> ArrayNode array(List<T> values, Function<T, ? extends JsonNode> toNode) {
        ArrayNode a = NODES.arrayNode();
        values.forEach(v -> a.add(toNode.apply(v)));
        return a;
    }
}
