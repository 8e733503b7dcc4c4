/** The {@code careers} command line: picocli commands that parse options and call the engine. */
package dev.careers.cli;
