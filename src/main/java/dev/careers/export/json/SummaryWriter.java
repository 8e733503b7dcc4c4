package dev.careers.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.careers.batch.FileResult;
import dev.careers.model.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the machine-readable summary of a batch run ({@code --summary}): one entry per input in
 * input order, then totals. The shape is documented in the README ("Run summary").
 */
public final class SummaryWriter {
    /** Version of the summary's JSON shape. */
    public static final int SUMMARY_VERSION = 1;

    private SummaryWriter() {}

    /** Writes the summary; the stream is not closed. */
    public static void write(List<FileResult> results, List<FileResult.Output> combined, long millis,
            String toolVersion, OutputStream out) throws IOException {
        JsonExporter.write(out, json -> summary(json, results, combined, millis, toolVersion));
    }

    private static void summary(JsonGenerator json, List<FileResult> results,
            List<FileResult.Output> combined, long millis, String toolVersion) throws IOException {
        long careers = 0;
        long outputs = combined.size();
        long bytes = combined.stream().mapToLong(FileResult.Output::bytes).sum();
        long[] bySeverity = new long[Severity.values().length];
        int[] byStatus = new int[FileResult.Status.values().length];
        json.writeStartObject();
        json.writeNumberField("summaryVersion", SUMMARY_VERSION);
        json.writeStringField("careersVersion", toolVersion);
        json.writeFieldName("inputs");
        json.writeStartArray();
        for (FileResult r : results) {
            json.writeStartObject();
            json.writeStringField("input", r.input());
            json.writeStringField("status", r.status().id());
            JsonExporter.field(json, "outputs", r.outputs(), SummaryWriter::output);
            json.writeNumberField("careers", r.careers());
            json.writeFieldName("diagnosticCounts");
            json.writeStartObject();
            for (Severity severity : Severity.values()) {
                json.writeNumberField(severity.id(), r.count(severity));
                bySeverity[severity.ordinal()] += r.count(severity);
            }
            json.writeEndObject();
            JsonExporter.field(json, "diagnostics", r.diagnostics(), JsonExporter::diagnostic);
            json.writeFieldName("errors");
            JsonExporter.strings(json, r.errors());
            json.writeNumberField("millis", r.millis());
            json.writeEndObject();
            careers += r.careers();
            outputs += r.outputs().size();
            bytes += r.outputs().stream().mapToLong(FileResult.Output::bytes).sum();
            byStatus[r.status().ordinal()]++;
        }
        json.writeEndArray();
        JsonExporter.field(json, "combined", combined, SummaryWriter::output);
        json.writeFieldName("totals");
        json.writeStartObject();
        json.writeNumberField("inputs", results.size());
        for (FileResult.Status status : FileResult.Status.values()) {
            json.writeNumberField(status.id(), byStatus[status.ordinal()]);
        }
        json.writeNumberField("outputs", outputs);
        json.writeNumberField("bytes", bytes);
        json.writeNumberField("careers", careers);
        json.writeFieldName("diagnosticCounts");
        json.writeStartObject();
        for (Severity severity : Severity.values()) {
            json.writeNumberField(severity.id(), bySeverity[severity.ordinal()]);
        }
        json.writeEndObject();
        json.writeNumberField("millis", millis);
        json.writeEndObject();
    }

    private static void output(JsonGenerator json, FileResult.Output o) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", o.path());
        json.writeStringField("format", o.format());
        json.writeNumberField("bytes", o.bytes());
        json.writeStringField("sha256", o.sha256());
        json.writeEndObject();
    }
}
