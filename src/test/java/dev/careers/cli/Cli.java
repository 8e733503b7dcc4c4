package dev.careers.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line in-process with captured streams. */
final class Cli {
    /** What a run printed and returned. */
    record Run(int exitCode, String out, String err, byte[] rawOut) {}

    private Cli() {}

    static Run run(String... args) {
        return run(new byte[0], false, Map.of(), args);
    }

    static Run run(byte[] stdin, boolean terminal, Map<String, String> env, String... args) {
        var rawOut = new ByteArrayOutputStream();
        var out = new StringWriter();
        var err = new StringWriter();
        CommandLine cl = CareersCommand.commandLine(
                new Terminal(new ByteArrayInputStream(stdin), rawOut, terminal, false, env));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        byte[] raw = rawOut.toByteArray();
        String printed = out + new String(raw, StandardCharsets.UTF_8);
        return new Run(code, printed, err.toString(), raw);
    }
}
