package dev.careers.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * What the commands talk to besides picocli's text streams: standard input, the raw standard
 * output (for binary outputs), whether the streams are terminals, and the environment. Tests pass
 * their own.
 */
record Terminal(
        InputStream in,
        OutputStream rawOut,
        boolean stdoutIsTerminal,
        boolean stderrIsTerminal,
        Map<String, String> env) {

    static Terminal system() {
        // Java cannot ask whether one stream is a terminal; System.console() says whether stdin
        // and stdout both are. Good enough for choosing a progress bar and refusing binary output.
        boolean console = System.console() != null;
        return new Terminal(System.in, System.out, console, console && !"dumb".equals(System.getenv("TERM")),
                System.getenv());
    }
}
