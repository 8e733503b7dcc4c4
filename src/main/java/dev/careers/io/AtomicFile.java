package dev.careers.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes a file so that it appears complete or not at all: the bytes go to a hidden temporary
 * file in the target folder, which is renamed over the target only once the writer returned
 * normally. A writer that throws, a full disk or an interrupted run leaves the previous file as it
 * was. Temporary files of a run that is stopped (Ctrl-C, SIGTERM) are removed on the way out; those
 * of a run that was killed (SIGKILL) by the next run that writes the same output (see {@link PartFiles}).
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** Writes bytes to a stream it is given. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** A file written: where, how many bytes, and their SHA-256 (null when it was not asked for). */
    public record Written(Path path, long bytes, String sha256) {}

    /** Writes a file atomically and returns the SHA-256 of its bytes; see {@link #write(Path, Writer, boolean)}. */
    public static Written write(Path target, Writer writer) throws IOException {
        return write(target, writer, true);
    }

    /**
     * Writes a file atomically, with the SHA-256 of its bytes when {@code digest} (a batch
     * computes them only for a summary: hashing cost more than writing the JSON).
     *
     * @throws IOException when the folder cannot be created, the writer fails or the rename fails;
     *     the target is then unchanged
     */
    public static Written write(Path target, Writer writer, boolean digest) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new FileAlreadyExistsException(existing.toString(), null, "is a file, not a folder");
        }
        // Only when missing: on an existing folder, createDirectories throws and catches an
        // exception inside the JDK, a cost paid for every output of a batch.
        if (existing == null || !existing.equals(folder)) {
            Files.createDirectories(folder);
        }
        if (Files.isDirectory(absolute)) {
            throw new FileAlreadyExistsException(target.toString(), null, "is a folder");
        }
        refuseReadOnly(absolute);
        String name = absolute.getFileName().toString();
        PartFiles.removeStale(folder, name);
        Path temp = PartFiles.create(folder, name);
        boolean moved = false;
        try {
            MessageDigest sha = digest ? sha256() : null;
            long bytes;
            // No fsync: the rename already keeps readers from ever seeing a partial file, and
            // flushing each of thousands of outputs to disk cost more than writing the JSON ones
            // (like other converters, durability across a power cut is left to the file system).
            try (OutputStream file = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                OutputStream buffered = new BufferedOutputStream(file, 1 << 16);
                var counting = new CountingStream(sha == null ? buffered : new DigestOutputStream(buffered, sha));
                writer.write(counting);
                counting.flush();
                bytes = counting.count;
            }
            move(temp, absolute);
            moved = true;
            return new Written(target, bytes, sha == null ? null : HexFormat.of().formatHex(sha.digest()));
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
            PartFiles.release(temp);
        }
    }

    // A read-only output is a user's way to protect it; renaming over it would ignore that (and
    // root may write anything), so the permission bits decide.
    private static void refuseReadOnly(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        boolean readOnly;
        try {
            readOnly = !Files.getPosixFilePermissions(target).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException e) {
            readOnly = !Files.isWritable(target);
        }
        if (readOnly) {
            throw new AccessDeniedException(target.toString(), null, "the existing file is read-only; it was left unchanged");
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        refuseReadOnly(target);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    // Counts bytes and ignores close() from exporters that close what they are given, so that
    // the file is closed here, once, after the checks.
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
