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
 * draws comes from {@link DocumentRandom}, seeded per export. The fallback is only read the first
 * time a character needs it.
 */
final class FontSet {
    private static final String BUNDLED = "fonts/";
    private static final String FALLBACK = "DejaVuSans.ttf";
    private static final String BOLD_FALLBACK = "DejaVuSans-Bold.ttf";
    private static final Map<String, BaseFont> CACHE = new ConcurrentHashMap<>();
    // Per font (by identity: BaseFont keeps Object's equals), what charExists said of each BMP
    // code point: 0 not asked yet, 1 yes, -1 no. charExists boxes the code point into a map
    // lookup, and it is asked for every character written; this answers from an array. Shared by
    // threads without a lock: a slot only ever goes from 0 to the one right answer.
    private static final Map<BaseFont, byte[]> GLYPHS = new ConcurrentHashMap<>();
    private static final Map<String, Face> FACES = new ConcurrentHashMap<>();

    private final BaseFont regular;
    private final BaseFont bold;
    private final byte[] regularGlyphs;
    private final byte[] boldGlyphs;

    /** A font and what its glyph cache knows of it. */
    private record Face(BaseFont font, byte[] glyphs) {}

    private FontSet(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
        this.regularGlyphs = glyphs(regular);
        this.boldGlyphs = glyphs(bold);
    }

    /**
     * The fonts of a theme.
     *
     * @throws ExportException naming the file when a font cannot be read
     */
    static FontSet of(Theme theme) {
        return new FontSet(
                theme.regularFont() != null ? file(theme.regularFont()) : bundled("NotoSans-Regular.ttf"),
                theme.boldFont() != null ? file(theme.boldFont()) : bundled("NotoSans-Bold.ttf"));
    }

    BaseFont regular() {
        return regular;
    }

    BaseFont bold() {
        return bold;
    }

    /**
     * The face that can show a code point: the main one, else the fallback of its weight (DejaVu
     * Sans Bold for bold text, so that a Greek heading stays bold), else the regular fallback,
     * else null.
     */
    BaseFont faceFor(int codePoint, BaseFont main) {
        if (codePoint < 0x20 || exists(main, glyphsOf(main), codePoint)) {
            return main;
        }
        if (main == bold && bold != regular) {
            Face face = face(BOLD_FALLBACK);
            if (exists(face.font(), face.glyphs(), codePoint)) {
                return face.font();
            }
        }
        Face face = face(FALLBACK);
        return exists(face.font(), face.glyphs(), codePoint) ? face.font() : null;
    }

    /** The regular fallback face. */
    BaseFont fallback() {
        return face(FALLBACK).font();
    }

    // Parsed on first use, once per process: most documents never need the fallbacks, and they
    // are the largest fonts to read.
    private static Face face(String bundledName) {
        return FACES.computeIfAbsent(bundledName, name -> {
            BaseFont font = bundled(name);
            return new Face(font, glyphs(font));
        });
    }

    private byte[] glyphsOf(BaseFont font) {
        if (font == regular) {
            return regularGlyphs;
        }
        if (font == bold) {
            return boldGlyphs;
        }
        return GLYPHS.get(font);
    }

    private static boolean exists(BaseFont font, byte[] glyphs, int codePoint) {
        if (glyphs == null || codePoint >= glyphs.length) {
            return font.charExists(codePoint);
        }
        byte known = glyphs[codePoint];
        if (known == 0) {
            known = font.charExists(codePoint) ? (byte) 1 : (byte) -1;
            glyphs[codePoint] = known;
        }
        return known > 0;
    }

    private static byte[] glyphs(BaseFont font) {
        return GLYPHS.computeIfAbsent(font, f -> new byte[0x10000]);
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
        // OpenPDF's CIDSet lists glyphs the subset does not hold, which PDF/A rejects; it is optional.
        font.setIncludeCidSet(false);
        font.setCompressionLevel(BrochureWriter.COMPRESSION_LEVEL);
        font.setSecureRandom(DocumentRandom.INSTANCE);
        return font;
    }
}
