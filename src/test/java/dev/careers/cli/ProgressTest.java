package dev.careers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.batch.FileResult;
import dev.careers.batch.InputFile;
import dev.careers.model.Diagnostic;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The progress report: a bar on a terminal, plain lines otherwise, nothing but errors when quiet. */
class ProgressTest {
    private static final InputFile A = new InputFile(null, "a.md", "a");
    private static final FileResult OK = new FileResult("a.md", FileResult.Status.OK, List.of(), 2,
            List.of(Diagnostic.warning("salary.unparsed", 3, 1, "No amount.")), List.of(), 12);
    private static final FileResult FAILED = new FileResult("a.md", FileResult.Status.FAILED, List.of(), 0,
            List.of(), List.of("a.md: not a text file"), 1);

    private static String report(boolean bar, boolean quiet, FileResult... results) {
        var text = new StringWriter();
        var progress = new Progress(new PrintWriter(text), bar, quiet, false);
        progress.started(results.length);
        for (FileResult r : results) {
            progress.finished(A, r);
        }
        progress.close();
        return text.toString();
    }

    @Test
    void terminalGetsABarRedrawnInPlace() {
        String out = report(true, false, OK, OK);
        assertThat(out).contains("\r[").contains("2/2").contains("ETA").contains("a.md:3:1: warning: No amount.");
        assertThat(out).doesNotContain("[1/2] ok");
    }

    @Test
    void pipeGetsOneLinePerFile() {
        String out = report(false, false, OK, FAILED);
        assertThat(out).doesNotContain("\r").contains("[1/2] ok a.md (2 careers, 12 ms)")
                .contains("[2/2] failed a.md").contains("careers: error: a.md: not a text file");
    }

    @Test
    void quietKeepsOnlyErrors() {
        String out = report(true, true, OK, FAILED);
        assertThat(out).isEqualTo("careers: error: a.md: not a text file" + System.lineSeparator());
    }
}
