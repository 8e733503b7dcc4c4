package dev.careers.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.WsDrDocument;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.TableDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;
import org.openxmlformats.schemas.xpackage.x2006.relationships.RelationshipsDocument;

/**
 * Validates every XML part of the workbooks we write against the ECMA-376 schemas, with the
 * XMLBeans types of poi-ooxml-full, as POI's own types do. Excel refuses parts whose elements are
 * out of the schema's order, which LibreOffice and POI's reader let pass; we cannot run Excel here.
 *
 * <p>The content types and core properties parts have no XMLBeans types: POI's package reader
 * checks them against the OPC conformance rules when it opens the package.
 */
class XlsxSchemaTest {
    /** Parses a part as the document type of its schema. */
    private interface Parser {
        XmlObject parse(InputStream in, XmlOptions options) throws Exception;
    }

    private static final Map<String, Parser> BY_CONTENT_TYPE = Map.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml", WorksheetDocument.Factory::parse,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", WorkbookDocument.Factory::parse,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml", StyleSheetDocument.Factory::parse,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml", SstDocument.Factory::parse,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml", TableDocument.Factory::parse,
            "application/vnd.openxmlformats-officedocument.drawing+xml", WsDrDocument.Factory::parse,
            "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", ChartSpaceDocument.Factory::parse,
            "application/vnd.openxmlformats-officedocument.extended-properties+xml", PropertiesDocument.Factory::parse);
    private static final String CORE_PROPERTIES = "application/vnd.openxmlformats-package.core-properties+xml";
    private static final Pattern OVERRIDE = Pattern.compile("<Override ([^>]*)/>");
    private static final Pattern PART_NAME = Pattern.compile("PartName=\"/([^\"]+)\"");
    private static final Pattern CONTENT_TYPE = Pattern.compile("ContentType=\"([^\"]+)\"");

    @Test
    void everyPartOfEveryWorkbookIsValidAgainstTheOoxmlSchemas() throws Exception {
        var failures = new ArrayList<String>();
        int validated = 0;
        Map<String, byte[]> workbooks = XlsxWorkbooks.all();
        for (var workbook : workbooks.entrySet()) {
            Map<String, byte[]> parts = parts(workbook.getValue());
            Map<String, String> types = contentTypes(parts);
            for (var part : parts.entrySet()) {
                String name = part.getKey();
                String type = types.get(name);
                Parser parser = name.endsWith(".rels") ? RelationshipsDocument.Factory::parse
                        : type == null ? null : BY_CONTENT_TYPE.get(type);
                if (parser == null) {
                    assertThat(name).as("a part without a schema type").isIn("[Content_Types].xml", "docProps/core.xml");
                    continue;
                }
                List<String> errors = validate(parser, part.getValue());
                validated++;
                errors.forEach(error -> failures.add(workbook.getKey() + " " + name + ": " + error));
            }
            // Content types and core properties: POI's package reader applies the OPC rules.
            assertThat(types).containsValue(CORE_PROPERTIES);
            try (var pkg = OPCPackage.open(new ByteArrayInputStream(workbook.getValue()))) {
                assertThat(pkg.getPackageProperties().getCreatorProperty()).as(workbook.getKey()).isPresent();
            }
        }
        assertThat(failures).as("schema errors").isEmpty();
        assertThat(validated).isGreaterThan(workbooks.size() * 12);
    }

    @Test
    void theValidationCatchesElementsOutOfTheSchemasOrder() throws Exception {
        // The check is only worth something if it refuses what Excel refuses.
        String outOfOrder = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<sheetData/></worksheet>";
        assertThat(validate(WorksheetDocument.Factory::parse, outOfOrder.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isNotEmpty();
    }

    private static List<String> validate(Parser parser, byte[] xml) throws Exception {
        var errors = new ArrayList<XmlError>();
        var options = new XmlOptions().setErrorListener(errors);
        XmlObject document = parser.parse(new ByteArrayInputStream(xml), new XmlOptions().setLoadLineNumbers());
        document.validate(options);
        return errors.stream().map(XmlError::toString).toList();
    }

    private static Map<String, byte[]> parts(byte[] workbook) throws IOException {
        var parts = new LinkedHashMap<String, byte[]>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    private static Map<String, String> contentTypes(Map<String, byte[]> parts) {
        var types = new LinkedHashMap<String, String>();
        Matcher override = OVERRIDE.matcher(new String(parts.get("[Content_Types].xml"), java.nio.charset.StandardCharsets.UTF_8));
        while (override.find()) {
            // Attributes in any order, as each writer puts them.
            Matcher name = PART_NAME.matcher(override.group(1));
            Matcher type = CONTENT_TYPE.matcher(override.group(1));
            if (name.find() && type.find()) {
                types.put(name.group(1), type.group(1));
            }
        }
        assertThat(types.keySet()).as("every part but the relationships has a content type")
                .containsAll(parts.keySet().stream().filter(n -> !n.endsWith(".rels") && !n.equals("[Content_Types].xml")).toList());
        return types;
    }
}
