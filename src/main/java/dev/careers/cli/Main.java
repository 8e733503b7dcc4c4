package dev.careers.cli;

/** Runs the {@code careers} command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(CareersCommand.commandLine(Terminal.system()).execute(args));
    }
}
