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
import dev.careers.parse.CareerParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code careers export}: writes each input in the requested formats. */
final class ExportCommand implements Callable<Integer>, ParserOptions.User {
    private static final List<String> PREFERRED_DEFAULTS = List.of("pdf", "xlsx");

    private final Terminal terminal;
    private final CommandSpec spec;

    // Each option once, typed; read when the command runs, after picocli parsed the command line.
    private final Arg<List<String>> inputs;
    private final Arg<List<String>> formats;
    private final Arg<String> output;
    private final ParserOptions parserOptions;
    private final Arg<Integer> jobs;
    private final Arg<Boolean> strict;
    private final Arg<Boolean> failFast;
    private final Arg<Boolean> quiet;
    private final Arg<String> summary;
    private final Arg<String> combine;
    private final Arg<String> pageSize;
    private final Arg<Path> theme;
    private final Arg<Boolean> watch;
    private final Arg<Integer> watchRounds;
    private final PluginOptions pluginOptions;

    ExportCommand(Terminal terminal) {
        this.terminal = terminal;
        this.spec = Specs.command(this, "export",
                "Export Markdown career pages to PDF, Excel, JSON or a plugin's format.");
        spec.usageMessage().sortOptions(false);
        Specs.exitCodes(spec, "0:every input exported",
                "1:an input or an output had a problem (the others were exported)", "2:usage error");
        inputs = Arg.inputs(spec, "0..*", "Markdown files or folders (searched for *.md); '-' reads standard input. "
                + "Default: input/.");
        formats = Arg.list(spec, String.class, "<format>", ",",
                "Formats to write, comma-separated (see 'careers formats'). Default: pdf,xlsx.", "-f", "--format");
        output = Arg.option(spec, String.class, "<dir>", "output",
                "Output folder (default: output/); '-' writes one input in one format to standard output.",
                "-o", "--output");
        parserOptions = new ParserOptions(spec);
        jobs = Arg.option(spec, int.class, "<n>", Runtime.getRuntime().availableProcessors(),
                "Files exported at once (default: the number of cores).", "-j", "--jobs");
        strict = Arg.flag(spec, "Warnings count as failures.", "--strict");
        failFast = Arg.flag(spec, "Stop at the first input that fails.", "--fail-fast");
        quiet = Arg.flag(spec, "Print errors only: no progress, no warnings.", "-q", "--quiet");
        summary = Arg.option(spec, String.class, "<file>", null,
                "Write a JSON summary of the run to this file ('-' for standard output).", "--summary");
        combine = Arg.option(spec, String.class, "<name>", null,
                "Also write <name>.<ext> holding all inputs (one workbook, one brochure).", "--combine");
        pageSize = Arg.option(spec, String.class, "<A4|Letter>", null, "PDF page size (default: A4).", "--page-size");
        theme = Arg.option(spec, Path.class, "<file>", null, "PDF theme: colours, fonts, logo (a .properties file).",
                "--theme");
        watch = Arg.flag(spec, "After exporting, export again each file that changes, until stopped (Ctrl-C).",
                "--watch");
        watchRounds = Arg.hidden(spec, int.class, "<n>", Integer.MAX_VALUE,
                "Stop watching after this many re-exports (for tests).", "--watch-rounds");
        pluginOptions = new PluginOptions(spec);
        Specs.helpOptions(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public ParserOptions parserOptions() {
        return parserOptions;
    }

    @Override
    public Integer call() throws IOException {
        if (jobs.value() < 1) {
            throw new CareersCommand.UsageException(jobs.name() + " must be at least 1, not " + jobs.value());
        }
        PrintWriter err = spec.commandLine().getErr();
        Exporters exporters = pluginOptions.exporters(terminal.env());
        exporters.problems().forEach(p -> err.println("careers: warning: " + p));
        List<Exporter> chosen = chooseExporters(exporters);
        Careers careers = Careers.of(parserOptions.parser(), exporters, exportOptions());
        // The parser's rules load on the spare core while the first input is read and parsed.
        Thread rules = new Thread(CareerParser::prepare, "careers-prepare-parser");
        rules.setDaemon(true);
        rules.start();
        Exporters.prepareInBackground(chosen);
        if (output.value().equals("-")) {
            return toStandardOutput(careers, chosen);
        }
        long start = System.nanoTime();
        List<String> given = inputs.value();
        Inputs.Found found = Inputs.collect(given.isEmpty() ? List.of("input") : given);
        found.problems().forEach(p -> err.println("careers: error: " + p));
        if (found.files().stream().filter(InputFile::isStandardInput).count() > 1) {
            throw new CareersCommand.UsageException("'-' (standard input) can be given only once");
        }
        boolean summarize = summary.value() != null;
        var settings = new BatchRunner.Settings(Path.of(output.value()), jobs.value(), failFast.value(), strict.value(),
                summarize);
        var runner = new BatchRunner(careers, chosen, settings, terminal.in());
        var progress = new Progress(err, terminal.stderrIsTerminal(), quiet.value(), parserOptions.debug());
        String combined = combine.value();
        BatchRunner.Run run = runner.run(found.files(), combined != null, progress);
        progress.close();
        List<FileResult.Output> together = List.of();
        boolean failed = !found.problems().isEmpty()
                || run.results().stream().anyMatch(r -> r.status() != FileResult.Status.OK);
        if (combined != null) {
            BatchRunner.Combined outputs = runner.combine(run.documents(), combined);
            for (String warning : outputs.warnings()) {
                err.println("careers: warning: " + warning);
            }
            for (String error : outputs.errors()) {
                err.println("careers: error: " + error);
            }
            err.flush();
            together = outputs.outputs();
            failed |= !outputs.errors().isEmpty();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (summarize) {
            writeSummary(run.results(), together, millis);
        }
        report(run.results(), together, millis);
        if (watch.value()) {
            new Watcher(runner, progress, err, watchRounds.value()).watch(found.files());
        }
        return failed ? 1 : 0;
    }

    private List<Exporter> chooseExporters(Exporters exporters) {
        List<String> names = new ArrayList<>();
        for (String f : formats.value()) {
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
        String size = pageSize.value();
        if (size != null) {
            if (!size.equalsIgnoreCase("A4") && !size.equalsIgnoreCase("Letter")) {
                throw new CareersCommand.UsageException(pageSize.name() + " must be A4 or Letter, not '" + size + "'");
            }
            settings.put(ExportOptions.PAGE_SIZE, size);
        }
        Path file = theme.value();
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new CareersCommand.UsageException(theme.name() + " " + file + ": no such file");
            }
            settings.put(ExportOptions.THEME, file.toString());
        }
        try {
            return new ExportOptions(Careers.timestamp(), Version.current(), settings, DiagnosticSink.IGNORE);
        } catch (IllegalArgumentException e) {
            throw new CareersCommand.UsageException(e.getMessage());
        }
    }

    // One input, one format, to standard output: the engine renders it in memory first.
    private int toStandardOutput(Careers careers, List<Exporter> chosen) throws IOException {
        List<String> given = inputs.value().isEmpty() ? List.of("-") : inputs.value();
        if (given.size() != 1 || chosen.size() != 1 || combine.value() != null || watch.value()) {
            throw new CareersCommand.UsageException(
                    "-o - writes one input in one format; give one input and one -f format");
        }
        Exporter exporter = chosen.get(0);
        if (exporter.binary() && terminal.stdoutIsTerminal()) {
            throw new CareersCommand.UsageException("refusing to write " + exporter.format()
                    + " (binary) to a terminal; redirect standard output to a file (> out." + exporter.extension() + ")");
        }
        var settings = new BatchRunner.Settings(Path.of(output.value()), 1, false, strict.value(), false);
        var runner = new BatchRunner(careers, chosen, settings, terminal.in());
        FileResult result = runner.exportTo(InputFile.of(given.get(0)), terminal.rawOut());
        PrintWriter err = spec.commandLine().getErr();
        Progress.printProblems(err, quiet.value(), given.get(0), result);
        err.flush();
        return result.status() == FileResult.Status.OK ? 0 : 1;
    }

    private void writeSummary(List<FileResult> results, List<FileResult.Output> combined, long millis)
            throws IOException {
        if (summary.value().equals("-")) {
            SummaryWriter.write(results, combined, millis, Version.current(), terminal.rawOut());
        } else {
            SummaryWriter.write(results, combined, millis, Version.current(), Path.of(summary.value()));
        }
    }

    private void report(List<FileResult> results, List<FileResult.Output> combined, long millis) {
        if (quiet.value()) {
            return;
        }
        long ok = results.stream().filter(r -> r.status() == FileResult.Status.OK).count();
        long failed = results.stream().filter(r -> r.status() == FileResult.Status.FAILED).count();
        long skipped = results.stream().filter(r -> r.status() == FileResult.Status.SKIPPED).count();
        long files = results.stream().mapToLong(r -> r.outputs().size()).sum() + combined.size();
        var line = new StringBuilder("careers: ").append(ok).append(" of ").append(results.size())
                .append(results.size() == 1 ? " input" : " inputs").append(" exported, ").append(files)
                .append(files == 1 ? " file" : " files").append(" written to ").append(output.value());
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
