package dev.careers.export.xlsx;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text kept until it can be copied into its place: in memory while it is short, in a temporary
 * file once it grows, so that memory stays bounded however long the text gets. A sheet's rows are
 * spooled because the column widths and the dimension, which come before the rows in the file,
 * are only known once every row is written. Not thread-safe; {@link #close()} deletes the file.
 */
final class TextSpool extends Writer {
    /** About 4 MB of characters in memory before spilling to a file. */
    static final int MEMORY_CHARS = 2 << 20;

    private final int memoryChars;
    private final StringBuilder memory = new StringBuilder();
    private Path file;
    private Writer fileWriter;

    TextSpool() {
        this(MEMORY_CHARS);
    }

    TextSpool(int memoryChars) {
        this.memoryChars = memoryChars;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (fileWriter != null) {
            fileWriter.write(chars, offset, length);
            return;
        }
        memory.append(chars, offset, length);
        spillIfLong();
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (fileWriter != null) {
            fileWriter.write(text, offset, length);
            return;
        }
        memory.append(text, offset, offset + length);
        spillIfLong();
    }

    /** Whether the text went to a temporary file. */
    boolean spilled() {
        return file != null;
    }

    /** Copies the whole text to a writer. */
    void copyTo(Writer out) throws IOException {
        if (fileWriter == null) {
            out.append(memory);
            return;
        }
        fileWriter.flush();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
    }

    @Override
    public void flush() throws IOException {
        if (fileWriter != null) {
            fileWriter.flush();
        }
    }

    @Override
    public void close() throws IOException {
        memory.setLength(0);
        if (file != null) {
            try {
                fileWriter.close();
            } finally {
                Files.deleteIfExists(file);
                file = null;
                fileWriter = null;
            }
        }
    }

    private void spillIfLong() throws IOException {
        if (memory.length() > memoryChars) {
            file = Files.createTempFile("careers-sheet-", ".xml");
            fileWriter = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            fileWriter.append(memory);
            memory.setLength(0);
            memory.trimToSize();
        }
    }
}
