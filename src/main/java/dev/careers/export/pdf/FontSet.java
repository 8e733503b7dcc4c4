package dev.careers.export.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import dev.careers.export.ExportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts of a brochure: a regular and a bold face (bundled Noto Sans, or a theme's files) and
 * DejaVu Sans as a fallback for symbols and scripts the main faces lack. All are embedded and
 * subset. Immutable; thread-safe.
 *
 * <p>Parsing a TrueType file costs more than a small document, so parsed fonts are kept for the
 * life of the process, keyed by file. A {@link BaseFont} is only read while writing a PDF (glyph
 * widths, the font program to subset), so one instance serves every export; the subset prefix it
 * draws comes from {@link DocumentRandom}, seeded per export.
 */
final class FontSet {
    private static final String BUNDLED = "fonts/";
    private static final Map<String, BaseFont> CACHE = new ConcurrentHashMap<>();

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont fallback;

    private FontSet(BaseFont regular, BaseFont bold, BaseFont fallback) {
        this.regular = regular;
        this.bold = bold;
        this.fallback = fallback;
    }

    /**
     * The fonts of a theme.
     *
     * @throws ExportException naming the file when a font cannot be read
     */
    static FontSet of(Theme theme) {
        return new FontSet(
                theme.regularFont() != null ? file(theme.regularFont()) : bundled("NotoSans-Regular.ttf"),
                theme.boldFont() != null ? file(theme.boldFont()) : bundled("NotoSans-Bold.ttf"),
                bundled("DejaVuSans.ttf"));
    }

    BaseFont regular() {
        return regular;
    }

    BaseFont bold() {
        return bold;
    }

    BaseFont fallback() {
        return fallback;
    }

    /** The face that can show a code point: the main one, else the fallback, else null. */
    BaseFont faceFor(int codePoint, BaseFont main) {
        if (codePoint < 0x20 || main.charExists(codePoint)) {
            return main;
        }
        return fallback.charExists(codePoint) ? fallback : null;
    }

    /** Whether some face of this set can show a code point in regular and bold text. */
    boolean covers(int codePoint) {
        return faceFor(codePoint, regular) != null && faceFor(codePoint, bold) != null;
    }

    private static BaseFont bundled(String name) {
        return CACHE.computeIfAbsent("bundled:" + name, key -> {
            try (InputStream in = FontSet.class.getResourceAsStream(BUNDLED + name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font " + BUNDLED + name + " is missing");
                }
                return create(name, in.readAllBytes());
            } catch (IOException | DocumentException e) {
                throw new ExportException("cannot load bundled font " + name, e);
            }
        });
    }

    private static BaseFont file(Path path) {
        try {
            String key = path.toAbsolutePath() + "@" + Files.getLastModifiedTime(path) + "/" + Files.size(path);
            return CACHE.computeIfAbsent(key, k -> {
                try {
                    return create(path.getFileName().toString(), Files.readAllBytes(path));
                } catch (IOException | RuntimeException e) {
                    throw new ExportException("cannot load font file " + path + ": " + e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            throw new ExportException("cannot read font file " + path, e);
        }
    }

    // The name only tells OpenPDF which parser to use: it must end in .ttf or .otf (Theme checks).
    private static BaseFont create(String name, byte[] bytes) throws DocumentException, IOException {
        BaseFont font = BaseFont.createFont(
                name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, bytes, null);
        font.setSubset(true);
        font.setSecureRandom(DocumentRandom.INSTANCE);
        return font;
    }
}
