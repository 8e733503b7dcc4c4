package dev.careers.export.pdf;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Random;

/**
 * The random source OpenPDF draws font subset prefixes from, made reproducible: each export seeds
 * it for its own thread with a hash of the document, so the same document always gets the same
 * prefixes, whatever other exports run at the same time on other threads.
 *
 * <p>{@link com.lowagie.text.pdf.BaseFont#setSecureRandom} stores the source in the font, and the
 * fonts are shared by every export, so the seed cannot live in the font: it lives in a
 * thread-local, set for the duration of {@link #seeded}.
 */
final class DocumentRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    /** The one instance given to every font. */
    static final DocumentRandom INSTANCE = new DocumentRandom();

    private static final ThreadLocal<Random> CURRENT = ThreadLocal.withInitial(() -> new Random(0));

    private DocumentRandom() {}

    /** Work that writes to a stream. */
    @FunctionalInterface
    interface Writing {
        void run() throws IOException;
    }

    /** Runs an export with this thread's random numbers drawn from the given seed. */
    static void seeded(long seed, Writing export) throws IOException {
        Random previous = CURRENT.get();
        CURRENT.set(new Random(seed));
        try {
            export.run();
        } finally {
            CURRENT.set(previous);
        }
    }

    @Override
    public void nextBytes(byte[] bytes) {
        CURRENT.get().nextBytes(bytes);
    }

    @Override
    public byte[] generateSeed(int numBytes) {
        var bytes = new byte[numBytes];
        nextBytes(bytes);
        return bytes;
    }

    @Override
    public void setSeed(long seed) {
        // SecureRandom's constructor calls this before CURRENT exists; seeds come from seeded().
    }
}
