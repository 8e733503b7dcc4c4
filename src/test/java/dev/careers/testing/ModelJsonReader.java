package dev.careers.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import dev.careers.model.SalaryBand;
import dev.careers.model.SectionHeading;
import dev.careers.model.Severity;
import dev.careers.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the JSON model (docs/model.md) back into a {@link CareerDocument}, written apart from the
 * exporter with Jackson's tree, for round-trip tests. Strict: every object must hold exactly the
 * fields of its record, so a field the exporter leaves out or adds fails the read, naming it.
 */
public final class ModelJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private ModelJsonReader() {}

    /** The document a JSON text describes. */
    public static CareerDocument read(String json) {
        try {
            return document(new Fields(MAPPER.readTree(json), "$"));
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON", e);
        }
    }

    private static CareerDocument document(Fields f) {
        Fields frontMatter = f.object("frontMatter");
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : frontMatter.names()) {
            fields.put(name, frontMatter.text(name));
        }
        frontMatter.done();
        var document = new CareerDocument(f.integer("schemaVersion"), f.text("source"), f.text("title"),
                f.text("logo"), f.text("language"), fields, f.text("layout"), f.strings("introduction"),
                f.list("careers", ModelJsonReader::career), f.list("sections", ModelJsonReader::otherSection),
                f.text("sourcesHeading"), f.list("sources", ModelJsonReader::source),
                f.list("diagnostics", ModelJsonReader::diagnostic));
        f.done();
        return document;
    }

    private static Career career(Fields f) {
        Fields salary = f.nullableObject("salary");
        var career = new Career(f.text("name"), f.text("acronym"), f.integer("line"), f.text("summary"),
                f.strings("responsibilities"), salary == null ? null : salary(salary),
                f.list("constraints", ModelJsonReader::constraint), f.strings("environments"),
                f.list("demand", ModelJsonReader::demand), f.list("otherSections", ModelJsonReader::otherSection),
                f.list("headings", ModelJsonReader::heading), f.text("origin"));
        f.done();
        return career;
    }

    private static Salary salary(Fields f) {
        var salary = new Salary(f.text("heading"), f.text("scope"), f.list("bands", ModelJsonReader::band));
        f.done();
        return salary;
    }

    private static SalaryBand band(Fields f) {
        var band = new SalaryBand(f.text("label"), Level.valueOf(upper(f.text("level"))), f.decimal("min"),
                f.decimal("max"), f.bool("openEnded"), f.text("currency"), Period.valueOf(upper(f.text("period"))),
                f.text("note"), f.text("text"), f.integer("line"), f.text("origin"));
        f.done();
        return band;
    }

    private static Constraint constraint(Fields f) {
        var constraint = new Constraint(f.text("title"), f.text("description"), f.integer("line"));
        f.done();
        return constraint;
    }

    private static Demand demand(Fields f) {
        String role = f.text("role");
        DemandRole demandRole = null;
        for (DemandRole candidate : DemandRole.values()) {
            if (candidate.id().equals(role)) {
                demandRole = candidate;
            }
        }
        if (demandRole == null) {
            throw new IllegalArgumentException(f.path + ".role: unknown role '" + role + "'");
        }
        var demand = new Demand(f.text("label"), demandRole, f.text("text"), f.integer("line"));
        f.done();
        return demand;
    }

    private static OtherSection otherSection(Fields f) {
        var section = new OtherSection(f.text("heading"), f.strings("paragraphs"), f.strings("items"),
                f.table("rows"), f.integer("line"));
        f.done();
        return section;
    }

    private static SectionHeading heading(Fields f) {
        var heading = new SectionHeading(f.text("section"), f.text("heading"), f.integer("line"));
        f.done();
        return heading;
    }

    private static Source source(Fields f) {
        var source = new Source(f.text("text"), f.text("url"), f.integer("line"));
        f.done();
        return source;
    }

    private static Diagnostic diagnostic(Fields f) {
        var diagnostic = new Diagnostic(Severity.valueOf(upper(f.text("severity"))), f.text("code"),
                f.integer("line"), f.integer("column"), f.text("message"));
        f.done();
        return diagnostic;
    }

    private static String upper(String id) {
        return id.toUpperCase(Locale.ROOT);
    }

    private static List<String> strings(JsonNode array, String path) {
        if (!array.isArray()) {
            throw new IllegalArgumentException(path + " must be an array, not " + array.getNodeType());
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            if (!value.isTextual()) {
                throw new IllegalArgumentException(path + " must hold strings, not " + value.getNodeType());
            }
            values.add(value.asText());
        }
        return values;
    }

    /** The fields of one JSON object, each read at most once; {@link #done()} checks none is left over. */
    private static final class Fields {
        private final JsonNode node;
        private final String path;
        private final Set<String> read = new LinkedHashSet<>();

        Fields(JsonNode node, String path) {
            if (!node.isObject()) {
                throw new IllegalArgumentException(path + " must be an object, not " + node.getNodeType());
            }
            this.node = node;
            this.path = path;
        }

        List<String> names() {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names;
        }

        private JsonNode field(String name) {
            if (!node.has(name)) {
                throw new IllegalArgumentException(path + " has no field '" + name + "'");
            }
            read.add(name);
            return node.get(name);
        }

        String text(String name) {
            JsonNode value = field(name);
            if (value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw new IllegalArgumentException(path + "." + name + " must be a string, not " + value.getNodeType());
            }
            return value.asText();
        }

        int integer(String name) {
            JsonNode value = field(name);
            if (!value.isInt()) {
                throw new IllegalArgumentException(path + "." + name + " must be an int, not " + value.getNodeType());
            }
            return value.intValue();
        }

        boolean bool(String name) {
            JsonNode value = field(name);
            if (!value.isBoolean()) {
                throw new IllegalArgumentException(path + "." + name + " must be a boolean, not " + value.getNodeType());
            }
            return value.booleanValue();
        }

        BigDecimal decimal(String name) {
            JsonNode value = field(name);
            if (value.isNull()) {
                return null;
            }
            if (!value.isNumber()) {
                throw new IllegalArgumentException(path + "." + name + " must be a number, not " + value.getNodeType());
            }
            return value.decimalValue();
        }

        List<String> strings(String name) {
            return ModelJsonReader.strings(field(name), path + "." + name);
        }

        Fields object(String name) {
            return new Fields(field(name), path + "." + name);
        }

        Fields nullableObject(String name) {
            JsonNode value = field(name);
            return value.isNull() ? null : new Fields(value, path + "." + name);
        }

        List<List<String>> table(String name) {
            JsonNode rows = field(name);
            if (!rows.isArray()) {
                throw new IllegalArgumentException(path + "." + name + " must be an array, not " + rows.getNodeType());
            }
            List<List<String>> table = new ArrayList<>();
            for (JsonNode row : rows) {
                table.add(ModelJsonReader.strings(row, path + "." + name + "[" + table.size() + "]"));
            }
            return table;
        }

        <T> List<T> list(String name, Function<Fields, T> reader) {
            JsonNode array = field(name);
            if (!array.isArray()) {
                throw new IllegalArgumentException(path + "." + name + " must be an array, not " + array.getNodeType());
            }
            List<T> values = new ArrayList<>();
            int i = 0;
            for (Iterator<JsonNode> it = array.elements(); it.hasNext(); i++) {
                values.add(reader.apply(new Fields(it.next(), path + "." + name + "[" + i + "]")));
            }
            return values;
        }

        /** Fails when the object holds a field that was not read: one the model does not have. */
        void done() {
            for (String name : names()) {
                if (!read.contains(name)) {
                    throw new IllegalArgumentException(path + " has a field the model does not have: '" + name + "'");
                }
            }
        }
    }
}
