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

    /** The largest width or height accepted, so that a tiny file cannot decode into gigabytes. */
    static final int MAX_SIDE = 10_000;

    /** The largest pixel count accepted. */
    static final long MAX_PIXELS = 40_000_000;

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
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) MAX_BYTES);
            }
            int[] size = ImageSize.of(bytes);
            if (size == null) {
                return "is neither a PNG nor a JPEG image";
            }
            if (size[0] <= 0 || size[1] <= 0 || size[0] > MAX_SIDE || size[1] > MAX_SIDE
                    || (long) size[0] * size[1] > MAX_PIXELS) {
                return "is " + size[0] + " × " + size[1] + " pixels, more than the " + MAX_SIDE
                        + " pixels a side (" + MAX_PIXELS / 1_000_000 + " megapixels) accepted";
            }
            return null;
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
    }
}
