package dev.careers.export.pdf;

import dev.careers.export.ExportException;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The look of a brochure: brand colours, font files, a logo and a page size, read from a small
 * {@code .properties} file laid over {@code default-theme.properties}. Immutable; thread-safe.
 *
 * <p>Keys: {@code primary}, {@code accent}, {@code text} (colours as {@code #RRGGBB}),
 * {@code font.regular}, {@code font.bold}, {@code logo} (paths relative to the theme file),
 * {@code page-size} ({@code A4} or {@code Letter}). Any other key, or a bad value, is refused with
 * an {@link ExportException} naming the file, the key and the value.
 *
 * @param primary colour of titles and bands
 * @param accent colour of rules, bullets and bars
 * @param text colour of body text
 * @param regularFont a TrueType file for body text, or null for the bundled font
 * @param boldFont a TrueType file for bold text, or null for the bundled font
 * @param logo an image that replaces the document's logo, or null
 * @param pageSize the page size
 */
record Theme(
        Color primary, Color accent, Color text, Path regularFont, Path boldFont, Path logo,
        PageSizeName pageSize) {

    private static final String DEFAULT_RESOURCE = "default-theme.properties";
    private static final Set<String> KEYS =
            Set.of("primary", "accent", "text", "font.regular", "font.bold", "logo", "page-size");
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** The page sizes a brochure can have. */
    enum PageSizeName {
        A4,
        LETTER;

        /**
         * The size named by a setting value, case-insensitively.
         *
         * @throws IllegalArgumentException when it is neither A4 nor Letter
         */
        static PageSizeName parse(String value) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            if (name.equals("A4")) {
                return A4;
            }
            if (name.equals("LETTER")) {
                return LETTER;
            }
            throw new IllegalArgumentException("page size '" + value + "' is not A4 or Letter");
        }
    }

    /** The default theme, from {@code default-theme.properties}. */
    public static Theme defaults() {
        return Holder.DEFAULT;
    }

    /**
     * The default theme with the keys of a theme file laid over it.
     *
     * @throws ExportException naming the file, key and value when the file cannot be read or holds
     *     an unknown key or a bad value
     */
    public static Theme load(Path file) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ExportException("theme file " + file + " cannot be read: " + e.getMessage(), e);
        }
        Path folder = file.toAbsolutePath().getParent();
        return defaults().with(sorted(properties), file.toString(), folder);
    }

    /** This theme with another page size. */
    public Theme withPageSize(PageSizeName size) {
        return new Theme(primary, accent, text, regularFont, boldFont, logo, size);
    }

    private Theme with(Map<String, String> values, String origin, Path folder) {
        Color newPrimary = primary;
        Color newAccent = accent;
        Color newText = text;
        Path newRegular = regularFont;
        Path newBold = boldFont;
        Path newLogo = logo;
        PageSizeName newSize = pageSize;
        for (var entry : values.entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue().strip();
            switch (key) {
                case "primary" -> newPrimary = colour(origin, key, value);
                case "accent" -> newAccent = colour(origin, key, value);
                case "text" -> newText = colour(origin, key, value);
                case "font.regular" -> newRegular = fontFile(origin, folder, key, value);
                case "font.bold" -> newBold = fontFile(origin, folder, key, value);
                case "logo" -> newLogo = existingFile(origin, folder, key, value);
                case "page-size" -> newSize = pageSize(origin, key, value);
                default -> throw new ExportException("theme file " + origin + ": unknown key '" + key
                        + "' (value '" + value + "'); known keys: "
                        + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        return new Theme(newPrimary, newAccent, newText, newRegular, newBold, newLogo, newSize);
    }

    private static Color colour(String origin, String key, String value) {
        if (!HEX_COLOUR.matcher(value).matches()) {
            throw bad(origin, key, value, "expected a colour such as #1F4E79");
        }
        return new Color(Integer.parseInt(value.substring(1), 16));
    }

    private static PageSizeName pageSize(String origin, String key, String value) {
        try {
            return PageSizeName.parse(value);
        } catch (IllegalArgumentException e) {
            throw bad(origin, key, value, "expected A4 or Letter");
        }
    }

    private static Path fontFile(String origin, Path folder, String key, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".ttf") && !lower.endsWith(".otf")) {
            throw bad(origin, key, value, "expected a TrueType font file (.ttf or .otf)");
        }
        return existingFile(origin, folder, key, value);
    }

    private static Path existingFile(String origin, Path folder, String key, String value) {
        if (value.isEmpty() || folder == null) {
            throw bad(origin, key, value, "expected a file path relative to the theme file");
        }
        Path path = folder.resolve(value).normalize();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw bad(origin, key, value, "no readable file at " + path);
        }
        return path;
    }

    private static ExportException bad(String origin, String key, String value, String rule) {
        return new ExportException(
                "theme file " + origin + ": key '" + key + "' has bad value '" + value + "': " + rule);
    }

    private static Map<String, String> sorted(Properties properties) {
        var map = new TreeMap<String, String>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }

    /**
     * As a record's own, written out: the generated one links method handles on first use, about
     * 10 ms of a cold run (the brochure's digest includes this text).
     */
    @Override
    public String toString() {
        return "Theme[primary=" + colour(primary) + ", accent=" + colour(accent) + ", text=" + colour(text)
                + ", regularFont=" + regularFont + ", boldFont=" + boldFont + ", logo=" + logo
                + ", pageSize=" + pageSize + "]";
    }

    // What Color.toString gives, without its string concatenation, compiled to method handles.
    private static String colour(Color colour) {
        return "java.awt.Color[r=" + colour.getRed() + ",g=" + colour.getGreen() + ",b=" + colour.getBlue() + "]";
    }

    // Loaded once, on first use.
    private static final class Holder {
        static final Theme DEFAULT = loadDefault();

        private static Theme loadDefault() {
            var properties = new Properties();
            try (InputStream in = Theme.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing");
                }
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ExportException("cannot read resource " + DEFAULT_RESOURCE, e);
            }
            var base = new Theme(Color.BLACK, Color.BLACK, Color.BLACK, null, null, null, PageSizeName.A4);
            return base.with(sorted(properties), DEFAULT_RESOURCE, null);
        }
    }
}
