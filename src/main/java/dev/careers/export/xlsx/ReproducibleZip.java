package dev.careers.export.xlsx;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip package (the {@code .xlsx} POI wrote) with every entry stamped with the same time,
 * in the same order, so that two exports with the same timestamp give identical bytes: POI stamps
 * entries with the current time and has no setting for it. Only the entries' times change, never
 * their content. Stateless.
 */
final class ReproducibleZip {
    // Zip (DOS) times cover 1980 to 2107; a timestamp outside is clamped rather than refused.
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private ReproducibleZip() {}

    /** Writes the zip held in {@code zip} to {@code out} with fixed entry times; does not close {@code out}. */
    static void copy(byte[] zip, int length, Instant time, OutputStream out) throws IOException {
        LocalDateTime stamp = clamp(LocalDateTime.ofInstant(time, ZoneOffset.UTC));
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip, 0, length));
                var copy = new ZipOutputStream(new NonClosing(out))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var fixed = new ZipEntry(entry.getName());
                // Local time without a zone: the same bytes whatever the machine's time zone.
                fixed.setTimeLocal(stamp);
                copy.putNextEntry(fixed);
                in.transferTo(copy);
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
