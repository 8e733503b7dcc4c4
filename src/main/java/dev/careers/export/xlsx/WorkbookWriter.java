package dev.careers.export.xlsx;

import dev.careers.export.ExportOptions;
import dev.careers.export.internal.BandGroup;
import dev.careers.export.internal.Labels;
import dev.careers.model.CareerDocument;
import dev.careers.model.Languages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the workbook of one or more documents (Comparison, Overview, Details, Sources and, when
 * there are any, Diagnostics), with the cached result of every formula, part by part into the
 * zip: rows go out as they are made, so memory stays bounded for large documents. Not thread-safe;
 * one per export.
 */
final class WorkbookWriter {
    private static final String OFFICE_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

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
        try (var pkg = new PackageWriter(out, options.timestamp()); var workbook = new WorkbookPart(pkg)) {
            // First in the zip: file-type sniffers (libmagic) know an OOXML package by its first entry.
            properties(documents, combined, labels, language).write(pkg);
            pkg.relate(PackageWriter.ROOT, OFFICE_DOCUMENT, WorkbookPart.PART);
            var styles = new Styles(CurrencyFormats.of(language));
            var safeText = new SafeText(labels.get("xlsx.truncated"), options.diagnostics());
            var context = new WorkbookContext(pkg, workbook, labels, new Cells(styles, safeText), combined);

            ComparisonSheet.Layout layout = new ComparisonSheet(context).write(documents);
            new OverviewSheet(context).write(BandGroup.of(documents), layout);
            new DetailsSheet(context).write(documents);
            new SourcesSheet(context).write(documents);
            new DiagnosticsSheet(context).write(documents);
            workbook.write(styles);
        }
    }

    private DocumentProperties properties(List<CareerDocument> documents, boolean combined,
            Labels labels, String language) {
        String creator = "careers " + options.toolVersion();
        return new DocumentProperties(SafeText.clean(title(documents, combined, labels)), creator, language,
                labels.get("xlsx.subject"), labels.get("xlsx.keywords"), options.timestamp());
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
