package dev.careers.parse;

/**
 * Thrown when a source cannot be read as a career page at all: a missing or unreadable file, a
 * binary file, a file over the size limit. The message names the file (and the line, where there
 * is one) and is meant for a person.
 */
public class SourceException extends RuntimeException {
    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
