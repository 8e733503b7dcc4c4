package dev.careers.export;

/** Thrown when a document cannot be written in a format, or a format cannot be found. */
public class ExportException extends RuntimeException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
