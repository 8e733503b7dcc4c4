package dev.careers.export.xlsx;

import dev.careers.export.ExportOptions;
import dev.careers.export.internal.BandGroup;
import dev.careers.export.internal.Labels;
import dev.careers.model.CareerDocument;
import dev.careers.model.Languages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the workbook of one or more documents (Comparison, Overview, Details, Sources and, when
 * there are any, Diagnostics) through POI, with the cached result of every formula, and writes it
 * reproducibly. Not thread-safe; one per export.
 */
final class WorkbookWriter {
    /**
     * Past about this many rows, the rows written go to temporary files rather than memory, so
     * that memory stays bounded; below, temporary files would cost a small workbook most of its
     * time.
     */
    static final int MEMORY_ROWS = 2_000;

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
        String language = documents.isEmpty() ? Languages.FALLBACK : documents.get(0).language();
        Labels labels = Labels.of(language);
        var written = new Buffer();
        var xssf = new XSSFWorkbook();
        var workbook = new StreamedWorkbook(xssf, rows(documents) <= MEMORY_ROWS);
        try (workbook) {
            var safeText = new SafeText(labels.get("xlsx.truncated"), options.diagnostics());
            var styles = new Styles(workbook, CurrencyFormats.of(language));
            var cells = new Cells(styles, safeText, workbook.getCreationHelper());
            var context = new WorkbookContext(workbook, xssf, labels, cells, combined, new PrintLayout(labels));

            ComparisonSheet.Layout layout = new ComparisonSheet(context).write(documents);
            new OverviewSheet(context).write(BandGroup.of(documents), layout);
            new DetailsSheet(context).write(documents);
            new SourcesSheet(context).write(documents);
            new DiagnosticsSheet(context).write(documents);
            workbook.setActiveSheet(0);
            setProperties(xssf, documents, combined, labels, language);
            // Without Zip64 extra fields, whose local headers java.util.zip cannot read back; a
            // workbook never comes near 4 GB.
            workbook.setZip64Mode(Zip64Mode.Never);
            workbook.writeAvoidingTempFiles(written);
        } // closing the workbook deletes the rows' temporary files, if any
        ReproducibleZip.copy(written.bytes(), written.size(), options.timestamp(), out);
    }

    // Comparison and Details rows, about: a band each, a dozen per career.
    private static int rows(List<CareerDocument> documents) {
        return documents.stream().flatMap(d -> d.careers().stream()).mapToInt(c -> c.bands().size() + 12).sum();
    }

    private void setProperties(XSSFWorkbook workbook, List<CareerDocument> documents,
            boolean combined, Labels labels, String language) {
        String creator = "careers " + options.toolVersion();
        PackagePropertiesPart core = workbook.getProperties().getCoreProperties().getUnderlyingProperties();
        core.setTitleProperty(SafeText.clean(title(documents, combined, labels)));
        core.setCreatorProperty(creator);
        core.setLastModifiedByProperty(creator);
        core.setLanguageProperty(language);
        core.setSubjectProperty(labels.get("xlsx.subject"));
        core.setKeywordsProperty(labels.get("xlsx.keywords"));
        Date date = Date.from(options.timestamp());
        core.setCreatedProperty(Optional.of(date));
        core.setModifiedProperty(Optional.of(date));
        workbook.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("careers");
    }

    private static String title(List<CareerDocument> documents, boolean combined, Labels labels) {
        if (combined || documents.isEmpty()) {
            return labels.get(combined ? "xlsx.title.combined" : "xlsx.title.untitled");
        }
        CareerDocument document = documents.get(0);
        Path file = Path.of(document.source()).getFileName();
        return document.titleOr(file != null ? file.toString() : labels.get("xlsx.title.untitled"));
    }

    /** The package as POI wrote it, read back without a copy. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(64 * 1024);
        }

        byte[] bytes() {
            return buf;
        }
    }
}
