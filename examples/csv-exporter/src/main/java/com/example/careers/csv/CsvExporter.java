package com.example.careers.csv;

import dev.careers.export.ExportOptions;
import dev.careers.export.Exporter;
import dev.careers.model.Career;
import dev.careers.model.CareerDocument;
import dev.careers.model.SalaryBand;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * An example plugin: one CSV row per salary band (RFC 4180, UTF-8, CRLF line ends). Stateless,
 * so one instance can serve every document of a run from several threads.
 */
public final class CsvExporter implements Exporter {
    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public String description() {
        return "salary bands as CSV, one row per band (example plugin)";
    }

    @Override
    public boolean binary() {
        return false;
    }

    @Override
    public void export(CareerDocument document, ExportOptions options, OutputStream out) throws IOException {
        // Not closed: the caller owns the stream. Flushed so every byte reaches it.
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        row(writer, "career", "acronym", "level", "label", "min", "max", "currency", "period", "line");
        for (Career career : document.careers()) {
            for (SalaryBand band : career.bands()) {
                row(writer, career.name(), career.acronym(), band.level().id(), band.label(),
                        band.min() == null ? null : band.min().toPlainString(),
                        band.max() == null ? null : band.max().toPlainString(),
                        band.currency(), band.period().id(), String.valueOf(band.line()));
            }
        }
        writer.flush();
    }

    private static void row(Writer writer, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            String cell = cells[i] == null ? "" : cells[i];
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n");
            writer.write(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        writer.write("\r\n");
    }
}
