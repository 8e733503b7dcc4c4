package dev.careers.export.xlsx;

import dev.careers.model.CareerDocument;
import dev.careers.model.Source;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes the Sources sheet: the references of each document, numbered as in the source, with
 * their link as a hyperlink. Not thread-safe; one per workbook.
 */
final class SourcesSheet {
    private final WorkbookContext context;

    SourcesSheet(WorkbookContext context) {
        this.context = context;
    }

    void write(List<CareerDocument> documents) {
        var columns = new ArrayList<String>();
        if (context.combined()) {
            columns.add("document");
        }
        columns.addAll(List.of("number", "reference", "link", "line"));
        int[] limits = columns.stream().mapToInt(c -> switch (c) {
            case "reference" -> 90;
            case "link", "document" -> 50;
            default -> 8;
        }).toArray();
        var list = new ListSheet(context, context.label("sheet.sources"), columns, limits);
        Cells cells = context.cells();
        int offset = context.combined() ? 1 : 0;
        for (CareerDocument document : documents) {
            int number = 1;
            for (Source source : document.sources()) {
                Row row = list.nextRow();
                if (context.combined()) {
                    cells.text(row, 0, document.source(), 0, false, list.widths());
                }
                cells.integer(row, offset, number++, list.widths());
                cells.text(row, offset + 1, source.text(), source.line(), true, list.widths());
                if (source.url() != null && isLinkable(source.url())) {
                    cells.link(row, offset + 2, source.url(), source.line(), list.widths());
                } else {
                    cells.text(row, offset + 2, source.url(), source.line(), false, list.widths());
                }
                cells.integer(row, offset + 3, source.line(), list.widths());
            }
        }
        list.finish();
    }

    // Only web and mail links become clickable: a file: or javascript: link from a document must
    // not run anything on the reader's machine, and an invalid URI is no valid relationship target.
    private static boolean isLinkable(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto"))
                    && SafeText.clean(url).equals(url);
        } catch (URISyntaxException e) {
            return false; // kept as text, not a link
        }
    }
}
