package dev.careers.cli;

import dev.careers.batch.InputFile;
import dev.careers.batch.Inputs;
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
final class CheckCommand implements Callable<Integer> {
    private final Terminal terminal;
    private final CommandSpec spec;

    CheckCommand(Terminal terminal) {
        this.terminal = terminal;
        this.spec = Specs.command(this, "check", "Read sources and print their diagnostics, one per line: "
                + "path:line:col: severity: message [code].");
        Specs.exitCodes(spec, "0:no error (no warning with --strict)", "1:an error (or a warning with --strict)",
                "2:usage error");
        ParserOptions.addTo(spec);
        Specs.inputs(spec, "1..*", "Markdown files or folders (searched for *.md); '-' reads standard input.");
        Specs.flag(spec, "Warnings count as errors for the exit code.", "--strict");
        Specs.flag(spec, "Print errors and warnings only, not info.", "-q", "--quiet");
        Specs.helpOptions(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        CareerParser parser = ParserOptions.of(spec).parser();
        List<String> inputs = Specs.inputValues(spec);
        boolean strict = Specs.value(spec, "--strict");
        boolean quiet = Specs.value(spec, "--quiet");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs.Found found = Inputs.collect(inputs);
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
                continue;
            }
            for (Diagnostic d : document.diagnostics()) {
                if (!quiet || d.severity() != Severity.INFO) {
                    out.println(d.format(input.name()));
                }
                errors += d.severity() == Severity.ERROR ? 1 : 0;
                warnings += d.severity() == Severity.WARNING ? 1 : 0;
            }
        }
        out.flush();
        err.printf("%d file%s checked: %d error%s, %d warning%s%n", found.files().size(),
                found.files().size() == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings,
                warnings == 1 ? "" : "s");
        err.flush();
        return errors > 0 || (strict && warnings > 0) ? 1 : 0;
    }
}
