package dev.careers.cli;

import dev.careers.batch.InputFile;
import dev.careers.batch.Inputs;
import dev.careers.batch.Strictness;
import dev.careers.model.CareerDocument;
import dev.careers.model.Diagnostic;
import dev.careers.model.Severity;
import dev.careers.parse.CareerParser;
import dev.careers.parse.SourceException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code careers check}: prints the diagnostics of sources like a compiler. */
final class CheckCommand implements Callable<Integer>, ParserOptions.User {
    private final Terminal terminal;
    private final CommandSpec spec;
    private final ParserOptions parserOptions;
    private final Arg<List<String>> inputs;
    private final Arg<Boolean> strict;
    private final Arg<Boolean> quiet;

    CheckCommand(Terminal terminal) {
        this.terminal = terminal;
        this.spec = Specs.command(this, "check", "Read sources and print their diagnostics, one per line: "
                + "path:line:col: severity: message [code].");
        Specs.exitCodes(spec, "0:no error (no warning with --strict)", "1:an error (or a warning with --strict)",
                "2:usage error");
        parserOptions = new ParserOptions(spec);
        inputs = Arg.inputs(spec, "1..*", "Markdown files or folders (searched for *.md); '-' reads standard input.");
        strict = Arg.flag(spec, "Warnings count as errors for the exit code.", "--strict");
        quiet = Arg.flag(spec, "Print errors and warnings only, not info.", "-q", "--quiet");
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
    public Integer call() {
        CareerParser parser = parserOptions.parser();
        Strictness strictness = Strictness.of(strict.value());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs.Found found = Inputs.collect(inputs.value());
        boolean failed = !found.problems().isEmpty();
        int errors = found.problems().size();
        int warnings = 0;
        found.problems().forEach(p -> out.println(p.replaceFirst(": ", ": error: ")));
        for (InputFile input : found.files()) {
            CareerDocument document;
            try {
                document = input.read(parser, terminal.in());
            } catch (SourceException e) {
                out.println(e.getMessage().replaceFirst(": ", ": error: "));
                errors++;
                failed = true;
                continue;
            }
            for (Diagnostic d : document.diagnostics()) {
                if (!quiet.value() || d.severity() != Severity.INFO) {
                    out.println(d.format(input.name()));
                }
                errors += d.severity() == Severity.ERROR ? 1 : 0;
                warnings += d.severity() == Severity.WARNING ? 1 : 0;
            }
            failed |= strictness.fails(document.diagnostics());
        }
        out.flush();
        err.printf("%d file%s checked: %d error%s, %d warning%s%n", found.files().size(),
                found.files().size() == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings,
                warnings == 1 ? "" : "s");
        err.flush();
        return failed ? 1 : 0;
    }
}
