package dev.careers.export.xlsx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip file (an {@code .xlsx} package) with every entry stamped with the same time, in the
 * same order, so that two exports with the same timestamp give identical bytes: POI stamps entries
 * with the current time and has no setting for it. Stateless.
 */
final class ReproducibleZip {
    // Zip (DOS) times cover 1980 to 2107; a timestamp outside is clamped rather than refused.
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private ReproducibleZip() {}

    /**
     * Writes the zip file to {@code out} with fixed entry times; does not close {@code out}.
     *
     * @param parts entries whose content is replaced, by name
     *
     * <p>Reads the central directory ({@link ZipFile}) rather than streaming: POI's streamed
     * workbooks write entries whose local headers a {@code ZipInputStream} rejects.
     */
    static void copy(Path zip, Instant time, Map<String, byte[]> parts, OutputStream out)
            throws IOException {
        LocalDateTime stamp = clamp(LocalDateTime.ofInstant(time, ZoneOffset.UTC));
        try (var in = new ZipFile(zip.toFile());
                var copy = new ZipOutputStream(new NonClosing(out))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                var fixed = new ZipEntry(entry.getName());
                // Local time without a zone: the same bytes whatever the machine's time zone.
                fixed.setTimeLocal(stamp);
                copy.putNextEntry(fixed);
                byte[] part = parts.get(entry.getName());
                if (part != null) {
                    copy.write(part);
                } else {
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(copy);
                    }
                }
                copy.closeEntry();
            }
        }
    }

    private static LocalDateTime clamp(LocalDateTime time) {
        if (time.isBefore(EARLIEST)) {
            return EARLIEST;
        }
        return time.isAfter(LATEST) ? LATEST : time.withNano(0);
    }

    /** Lets a zip stream be closed (to release its deflater) without closing the caller's stream. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
