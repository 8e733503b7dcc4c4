package dev.careers.parse;

import dev.careers.model.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the image a title heading names ({@code <img src="logo.png">}) and keeps it only when it
 * is a local PNG or JPEG file: never a URL, never outside the resource root when one is set,
 * never larger than {@link #MAX_BYTES}. Anything else gives an info diagnostic. Immutable.
 */
final class LogoResolver {
    /** The largest image file accepted, in bytes. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Pattern IMG_SRC = Pattern.compile(
            "<img\\b[^>]*?\\bsrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)");

    private final Path resourceRoot;

    LogoResolver(Path resourceRoot) {
        this.resourceRoot = resourceRoot == null ? null : resourceRoot.toAbsolutePath().normalize();
    }

    /** The first image reference in some HTML, or null. */
    static String imageReference(String html) {
        Matcher m = IMG_SRC.matcher(html);
        if (!m.find()) {
            return null;
        }
        for (int g = 1; g <= 3; g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    /**
     * The path of a usable image, or null with a diagnostic added.
     *
     * @param reference the src as written
     * @param baseDir the folder of the source file
     */
    String resolve(String reference, Path baseDir, int line, List<Diagnostic> diagnostics) {
        if (reference.isBlank()) {
            return null;
        }
        if (URL.matcher(reference).find()) {
            diagnostics.add(Diagnostic.info("logo.unusable", line, 1,
                    "The title's image '" + reference + "' is a URL; images are only read from local files."));
            return null;
        }
        Path path;
        try {
            path = baseDir.resolve(reference).normalize();
        } catch (InvalidPathException e) {
            diagnostics.add(Diagnostic.info("logo.unusable", line, 1,
                    "The title's image '" + reference + "' is not a valid path."));
            return null;
        }
        if (resourceRoot != null && !path.toAbsolutePath().normalize().startsWith(resourceRoot)) {
            diagnostics.add(Diagnostic.info("logo.unusable", line, 1, "The title's image '"
                    + reference + "' is outside the resource root " + resourceRoot + "."));
            return null;
        }
        String problem = problem(path);
        if (problem != null) {
            diagnostics.add(Diagnostic.info("logo.unusable", line, 1,
                    "The title's image '" + reference + "' " + problem + "."));
            return null;
        }
        return path.toString();
    }

    private static String problem(Path path) {
        try {
            if (!Files.isRegularFile(path)) {
                return "was not found at " + path;
            }
            if (Files.size(path) > MAX_BYTES) {
                return "is larger than " + MAX_BYTES / (1024 * 1024) + " MB";
            }
            byte[] head = new byte[8];
            int read;
            try (InputStream in = Files.newInputStream(path)) {
                read = in.readNBytes(head, 0, head.length);
            }
            boolean png = read >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
            boolean jpeg = read >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF;
            return png || jpeg ? null : "is neither a PNG nor a JPEG image";
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
    }
}
