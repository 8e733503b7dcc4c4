package dev.careers.export.xlsx;

import dev.careers.model.CareerDocument;
import dev.careers.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes the Diagnostics sheet, the problems found in the sources, when there are any. Not
 * thread-safe; one per workbook.
 */
final class DiagnosticsSheet {
    private final WorkbookContext context;

    DiagnosticsSheet(WorkbookContext context) {
        this.context = context;
    }

    void write(List<CareerDocument> documents) {
        if (documents.stream().allMatch(d -> d.diagnostics().isEmpty())) {
            return;
        }
        var columns = new ArrayList<String>();
        if (context.combined()) {
            columns.add("document");
        }
        columns.addAll(List.of("line", "column", "severity", "code", "message"));
        int[] limits = columns.stream().mapToInt(c -> switch (c) {
            case "message" -> 100;
            case "code", "document" -> 40;
            default -> 12;
        }).toArray();
        var list = new ListSheet(context, context.label("sheet.diagnostics"), columns, limits);
        Cells cells = context.cells();
        int offset = context.combined() ? 1 : 0;
        for (CareerDocument document : documents) {
            for (Diagnostic diagnostic : document.diagnostics()) {
                Row row = list.nextRow();
                if (context.combined()) {
                    cells.text(row, 0, document.source(), 0, false, list.widths());
                }
                cells.integer(row, offset, diagnostic.line(), list.widths());
                cells.integer(row, offset + 1, diagnostic.column(), list.widths());
                cells.text(row, offset + 2, diagnostic.severity().id(), 0, false, list.widths());
                cells.text(row, offset + 3, diagnostic.code(), 0, false, list.widths());
                cells.text(row, offset + 4, diagnostic.message(), diagnostic.line(), true, list.widths());
            }
        }
        list.finish();
    }
}
