package dev.careers.export.xlsx;

import dev.careers.export.BandGroup;
import dev.careers.export.ExportOptions;
import dev.careers.export.Labels;
import dev.careers.model.CareerDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the workbook of one or more documents (Comparison, Overview, Details, Sources and, when
 * there are any, Diagnostics), with the cached result of every formula, and writes it
 * reproducibly. Not thread-safe; one per export.
 */
final class WorkbookWriter {
    private static final int ROW_WINDOW = 200;

    private final ExportOptions options;

    WorkbookWriter(ExportOptions options) {
        this.options = options;
    }

    /**
     * Writes the workbook to {@code out} without closing it.
     *
     * @param combined whether to add the Document columns that tell several documents apart
     */
    void write(List<CareerDocument> documents, boolean combined, OutputStream out) throws IOException {
        String language = documents.isEmpty() ? "en" : documents.get(0).language();
        Labels labels = Labels.of(language);
        Path file = Files.createTempFile("careers-", ".xlsx");
        try {
            var parts = new HashMap<String, byte[]>();
            build(documents, combined, language, labels, file, parts);
            ReproducibleZip.copy(file, options.timestamp(), parts, out);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void build(List<CareerDocument> documents, boolean combined, String language, Labels labels,
            Path file, Map<String, byte[]> parts) throws IOException {
        // Streamed: only a window of rows per sheet stays in memory, the rest goes to temporary
        // files that close() deletes (not compressed: gzip cost a third of the export time).
        var workbook = new SXSSFWorkbook(ROW_WINDOW);
        try (workbook) {
            var safeText = new SafeText(labels.get("xlsx.truncated"), options.diagnostics());
            var styles = new Styles(workbook.getXSSFWorkbook(), "fr".equals(language));
            var context = new WorkbookContext(workbook, labels, new Cells(styles, safeText), combined,
                    parts);

            ComparisonSheet.Layout layout = new ComparisonSheet(context).write(documents);
            new OverviewSheet(context).write(BandGroup.of(documents), layout);
            new DetailsSheet(context).write(documents);
            new SourcesSheet(context).write(documents);
            new DiagnosticsSheet(context).write(documents);
            workbook.setActiveSheet(0);

            setProperties(workbook.getXSSFWorkbook(), documents, combined, labels, language);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private void setProperties(XSSFWorkbook workbook, List<CareerDocument> documents,
            boolean combined, Labels labels, String language) {
        PackagePropertiesPart core = workbook.getProperties().getCoreProperties().getUnderlyingProperties();
        core.setTitleProperty(SafeText.clean(title(documents, combined, labels)));
        core.setCreatorProperty("careers " + options.toolVersion());
        core.setLastModifiedByProperty("careers " + options.toolVersion());
        core.setLanguageProperty(language);
        core.setSubjectProperty(labels.get("xlsx.subject"));
        core.setKeywordsProperty(labels.get("xlsx.keywords"));
        Date date = Date.from(options.timestamp());
        core.setCreatedProperty(Optional.of(date));
        core.setModifiedProperty(Optional.of(date));
    }

    private static String title(List<CareerDocument> documents, boolean combined, Labels labels) {
        if (combined || documents.isEmpty()) {
            return labels.get(combined ? "xlsx.title.combined" : "xlsx.title.untitled");
        }
        CareerDocument document = documents.get(0);
        Path file = Path.of(document.source()).getFileName();
        return document.titleOr(file != null ? file.toString() : labels.get("xlsx.title.untitled"));
    }
}
