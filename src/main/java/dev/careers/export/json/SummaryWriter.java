package dev.careers.export.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SummaryWriter() {}

    /** Writes the summary; the stream is not closed. */
    public static void write(List<FileResult> results, List<FileResult.Output> combined, long millis,
            String toolVersion, OutputStream out) throws IOException {
        ObjectNode root = NODES.objectNode();
        root.put("summaryVersion", SUMMARY_VERSION);
        root.put("careersVersion", toolVersion);
        ArrayNode inputs = root.putArray("inputs");
        long careers = 0;
        long outputs = combined.size();
        long bytes = combined.stream().mapToLong(FileResult.Output::bytes).sum();
        long[] bySeverity = new long[Severity.values().length];
        int[] byStatus = new int[FileResult.Status.values().length];
        for (FileResult r : results) {
            ObjectNode input = inputs.addObject();
            input.put("input", r.input());
            input.put("status", r.status().id());
            outputs(input.putArray("outputs"), r.outputs());
            input.put("careers", r.careers());
            ObjectNode counts = input.putObject("diagnosticCounts");
            for (Severity severity : Severity.values()) {
                counts.put(severity.id(), r.count(severity));
                bySeverity[severity.ordinal()] += r.count(severity);
            }
            ArrayNode diagnostics = input.putArray("diagnostics");
            r.diagnostics().forEach(d -> diagnostics.add(JsonExporter.diagnostic(d)));
            ArrayNode errors = input.putArray("errors");
            r.errors().forEach(errors::add);
            input.put("millis", r.millis());
            careers += r.careers();
            outputs += r.outputs().size();
            bytes += r.outputs().stream().mapToLong(FileResult.Output::bytes).sum();
            byStatus[r.status().ordinal()]++;
        }
        outputs(root.putArray("combined"), combined);
        ObjectNode totals = root.putObject("totals");
        totals.put("inputs", results.size());
        for (FileResult.Status status : FileResult.Status.values()) {
            totals.put(status.id(), byStatus[status.ordinal()]);
        }
        totals.put("outputs", outputs);
        totals.put("bytes", bytes);
        totals.put("careers", careers);
        ObjectNode counts = totals.putObject("diagnosticCounts");
        for (Severity severity : Severity.values()) {
            counts.put(severity.id(), bySeverity[severity.ordinal()]);
        }
        totals.put("millis", millis);
        JsonExporter.write(root, out);
    }

    private static void outputs(ArrayNode array, List<FileResult.Output> outputs) {
        for (FileResult.Output o : outputs) {
            ObjectNode node = array.addObject();
            node.put("path", o.path());
            node.put("format", o.format());
            node.put("bytes", o.bytes());
            node.put("sha256", o.sha256());
        }
    }
}
