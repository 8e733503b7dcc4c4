package dev.careers.cli;

import dev.careers.Careers;
import dev.careers.batch.BatchRunner;
import dev.careers.batch.FileResult;
import dev.careers.batch.InputFile;
import dev.careers.batch.Inputs;
import dev.careers.batch.SummaryWriter;
import dev.careers.export.DiagnosticSink;
import dev.careers.export.ExportException;
import dev.careers.export.ExportOptions;
import dev.careers.export.Exporter;
import dev.careers.export.Exporters;
import dev.careers.export.internal.Version;
import dev.careers.io.AtomicFile;
import dev.careers.model.CareerDocument;
import dev.careers.model.Diagnostic;
import dev.careers.model.Severity;
import dev.careers.parse.CareerParser;
import dev.careers.parse.SourceException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code careers export}: writes each input in the requested formats. */
final class ExportCommand implements Callable<Integer> {
    private static final List<String> PREFERRED_DEFAULTS = List.of("pdf", "xlsx");

    private final Terminal terminal;
    private final CommandSpec spec;

    // The options, read from the parsed command line when the command runs.
    private List<String> inputs;
    private List<String> formats;
    private String output;
    private ParserOptions parserOptions;
    private int jobs;
    private boolean strict;
    private boolean failFast;
    private boolean quiet;
    private String summary;
    private String combine;
    private String pageSize;
    private Path theme;
    private boolean watch;
    private int watchRounds;

    ExportCommand(Terminal terminal) {
        this.terminal = terminal;
        this.spec = Specs.command(this, "export",
                "Export Markdown career pages to PDF, Excel, JSON or a plugin's format.");
        spec.usageMessage().sortOptions(false);
        Specs.exitCodes(spec, "0:every input exported",
                "1:an input or an output had a problem (the others were exported)", "2:usage error");
        Specs.inputs(spec, "0..*", "Markdown files or folders (searched for *.md); '-' reads standard input. "
                + "Default: input/.");
        Specs.list(spec, "<format>", String.class, ",",
                "Formats to write, comma-separated (see 'careers formats'). Default: pdf,xlsx.", "-f", "--format");
        Specs.option(spec, "<dir>", String.class, "output",
                "Output folder (default: output/); '-' writes one input in one format to standard output.",
                "-o", "--output");
        ParserOptions.addTo(spec);
        Specs.option(spec, "<n>", int.class, Runtime.getRuntime().availableProcessors(),
                "Files exported at once (default: the number of cores).", "-j", "--jobs");
        Specs.flag(spec, "Warnings count as failures.", "--strict");
        Specs.flag(spec, "Stop at the first input that fails.", "--fail-fast");
        Specs.flag(spec, "Print errors only: no progress, no warnings.", "-q", "--quiet");
        Specs.option(spec, "<file>", String.class, null,
                "Write a JSON summary of the run to this file ('-' for standard output).", "--summary");
        Specs.option(spec, "<name>", String.class, null,
                "Also write <name>.<ext> holding all inputs (one workbook, one brochure).", "--combine");
        Specs.option(spec, "<A4|Letter>", String.class, null, "PDF page size (default: A4).", "--page-size");
        Specs.option(spec, "<file>", Path.class, null, "PDF theme: colours, fonts, logo (a .properties file).",
                "--theme");
        Specs.flag(spec, "After exporting, export again each file that changes, until stopped (Ctrl-C).", "--watch");
        spec.addOption(OptionSpec.builder("--watch-rounds").paramLabel("<n>").type(int.class)
                .initialValue(Integer.MAX_VALUE).hidden(true)
                .description("Stop watching after this many re-exports (for tests).").build());
        PluginOptions.addTo(spec);
        Specs.helpOptions(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    private void read() {
        inputs = Specs.inputValues(spec);
        formats = Specs.values(spec, "--format");
        output = Specs.value(spec, "--output");
        parserOptions = ParserOptions.of(spec);
        jobs = Specs.value(spec, "--jobs");
        strict = Specs.value(spec, "--strict");
        failFast = Specs.value(spec, "--fail-fast");
        quiet = Specs.value(spec, "--quiet");
        summary = Specs.value(spec, "--summary");
        combine = Specs.value(spec, "--combine");
        pageSize = Specs.value(spec, "--page-size");
        theme = Specs.value(spec, "--theme");
        watch = Specs.value(spec, "--watch");
        watchRounds = Specs.value(spec, "--watch-rounds");
    }

    @Override
    public Integer call() throws IOException {
        read();
        if (jobs < 1) {
            throw new CareersCommand.UsageException("--jobs must be at least 1, not " + jobs);
        }
        PrintWriter err = spec.commandLine().getErr();
        Exporters exporters = PluginOptions.exporters(spec, terminal.env());
        exporters.problems().forEach(p -> err.println("careers: warning: " + p));
        List<Exporter> chosen = chooseExporters(exporters);
        Careers careers = Careers.of(parserOptions.parser(), exporters, exportOptions());
        // The parser's rules load on the spare core while the first input is read and parsed.
        Thread rules = new Thread(CareerParser::prepare, "careers-prepare-parser");
        rules.setDaemon(true);
        rules.start();
        Exporters.prepareInBackground(chosen);
        if (output.equals("-")) {
            return toStandardOutput(careers, chosen);
        }
        long start = System.nanoTime();
        Inputs.Found found = Inputs.collect(inputs.isEmpty() ? List.of("input") : inputs);
        found.problems().forEach(p -> err.println("careers: error: " + p));
        if (found.files().stream().filter(InputFile::isStandardInput).count() > 1) {
            throw new CareersCommand.UsageException("'-' (standard input) can be given only once");
        }
        var settings = new BatchRunner.Settings(Path.of(output), jobs, failFast, strict, summary != null);
        var runner = new BatchRunner(careers, chosen, settings, terminal.in());
        var progress = new Progress(err, terminal.stderrIsTerminal(), quiet, parserOptions.debug);
        BatchRunner.Run run = runner.run(found.files(), combine != null, progress);
        progress.close();
        List<FileResult.Output> combined = combine != null ? combine(careers, chosen, run.documents()) : List.of();
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean failed = !found.problems().isEmpty() || combined.size() < combinedExpected(chosen)
                || run.results().stream().anyMatch(r -> r.status() != FileResult.Status.OK);
        if (summary != null) {
            writeSummary(run.results(), combined, millis);
        }
        report(run.results(), combined, millis);
        if (watch) {
            new Watcher(runner, progress, err, watchRounds).watch(found.files());
        }
        return failed ? 1 : 0;
    }

    private List<Exporter> chooseExporters(Exporters exporters) {
        List<String> names = new ArrayList<>();
        for (String f : formats) {
            String name = f.strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            PREFERRED_DEFAULTS.stream().filter(f -> exporters.find(f).isPresent()).forEach(names::add);
            if (names.isEmpty()) {
                names.add("json");
            }
        }
        List<Exporter> chosen = new ArrayList<>();
        for (String name : names) {
            try {
                chosen.add(exporters.get(name));
            } catch (ExportException e) {
                throw new CareersCommand.UsageException(e.getMessage());
            }
        }
        return chosen;
    }

    private ExportOptions exportOptions() {
        Map<String, String> settings = new HashMap<>();
        if (pageSize != null) {
            if (!pageSize.equalsIgnoreCase("A4") && !pageSize.equalsIgnoreCase("Letter")) {
                throw new CareersCommand.UsageException("--page-size must be A4 or Letter, not '" + pageSize + "'");
            }
            settings.put(ExportOptions.PAGE_SIZE, pageSize);
        }
        if (theme != null) {
            if (!Files.isRegularFile(theme)) {
                throw new CareersCommand.UsageException("--theme " + theme + ": no such file");
            }
            settings.put(ExportOptions.THEME, theme.toString());
        }
        try {
            return new ExportOptions(Careers.timestamp(), Version.current(), settings, DiagnosticSink.IGNORE);
        } catch (IllegalArgumentException e) {
            throw new CareersCommand.UsageException(e.getMessage());
        }
    }

    // One input, one format, to standard output: rendered in memory first, so that a failure
    // never leaves half a file in the pipe.
    private int toStandardOutput(Careers careers, List<Exporter> chosen) throws IOException {
        List<String> given = inputs.isEmpty() ? List.of("-") : inputs;
        if (given.size() != 1 || chosen.size() != 1 || combine != null || watch) {
            throw new CareersCommand.UsageException(
                    "-o - writes one input in one format; give one input and one -f format");
        }
        Exporter exporter = chosen.get(0);
        if (exporter.binary() && terminal.stdoutIsTerminal()) {
            throw new CareersCommand.UsageException("refusing to write " + exporter.format()
                    + " (binary) to a terminal; redirect standard output to a file (> out." + exporter.extension() + ")");
        }
        PrintWriter err = spec.commandLine().getErr();
        String input = given.get(0);
        CareerDocument document;
        try {
            document = InputFile.of(input).read(careers.parser(), terminal.in());
        } catch (SourceException e) {
            err.println("careers: error: " + e.getMessage());
            err.flush();
            return 1;
        }
        List<Diagnostic> rendering = Collections.synchronizedList(new ArrayList<>());
        var buffer = new ByteArrayOutputStream();
        exporter.export(document, careers.options().withDiagnostics(rendering::add), buffer);
        document = document.withDiagnostics(rendering);
        for (Diagnostic d : document.diagnostics()) {
            if (d.severity() == Severity.ERROR || (!quiet && d.severity() == Severity.WARNING)) {
                err.println(d.format(input));
            }
        }
        err.flush();
        buffer.writeTo(terminal.rawOut());
        terminal.rawOut().flush();
        boolean failed = document.has(Severity.ERROR) || (strict && document.has(Severity.WARNING));
        return failed ? 1 : 0;
    }

    private List<FileResult.Output> combine(Careers careers, List<Exporter> chosen, List<CareerDocument> documents) {
        PrintWriter err = spec.commandLine().getErr();
        List<FileResult.Output> outputs = new ArrayList<>();
        if (documents.isEmpty()) {
            err.println("careers: error: --combine " + combine + ": no input could be read, nothing to combine");
            err.flush();
            return outputs;
        }
        for (Exporter exporter : chosen) {
            if (!exporter.supportsCombined()) {
                err.println("careers: warning: " + exporter.format() + " cannot combine documents; --combine skips it");
                continue;
            }
            Path target = Path.of(output, combine + "." + exporter.extension());
            try {
                AtomicFile.Written written = careers.exportCombinedTo(documents, exporter.format(), target);
                outputs.add(new FileResult.Output(target.toString(), exporter.format(), written.bytes(), written.sha256()));
            } catch (IOException | RuntimeException e) {
                err.println("careers: error: " + target + ": the combined " + exporter.format()
                        + " export failed: " + e.getMessage());
            }
        }
        err.flush();
        return outputs;
    }

    private long combinedExpected(List<Exporter> chosen) {
        return combine == null ? 0 : chosen.stream().filter(Exporter::supportsCombined).count();
    }

    private void writeSummary(List<FileResult> results, List<FileResult.Output> combined, long millis)
            throws IOException {
        if (summary.equals("-")) {
            SummaryWriter.write(results, combined, millis, Version.current(), terminal.rawOut());
        } else {
            SummaryWriter.write(results, combined, millis, Version.current(), Path.of(summary));
        }
    }

    private void report(List<FileResult> results, List<FileResult.Output> combined, long millis) {
        if (quiet) {
            return;
        }
        long ok = results.stream().filter(r -> r.status() == FileResult.Status.OK).count();
        long failed = results.stream().filter(r -> r.status() == FileResult.Status.FAILED).count();
        long skipped = results.stream().filter(r -> r.status() == FileResult.Status.SKIPPED).count();
        long files = results.stream().mapToLong(r -> r.outputs().size()).sum() + combined.size();
        var line = new StringBuilder("careers: ").append(ok).append(" of ").append(results.size())
                .append(results.size() == 1 ? " input" : " inputs").append(" exported, ").append(files)
                .append(files == 1 ? " file" : " files").append(" written to ").append(output);
        if (failed > 0) {
            line.append(", ").append(failed).append(" failed");
        }
        if (skipped > 0) {
            line.append(", ").append(skipped).append(" skipped");
        }
        line.append(String.format(Locale.ROOT, " (%.1f s)", millis / 1000.0));
        PrintWriter err = spec.commandLine().getErr();
        err.println(line);
        err.flush();
    }
}
