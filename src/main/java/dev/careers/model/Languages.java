package dev.careers.model;

import java.util.List;

/**
 * The document languages that the parser detects and the exporters write labels and amounts in,
 * as ISO 639-1 codes. The one list that the parser, the exporters and the command line check
 * against. Stateless.
 *
 * @see CareerDocument#language()
 */
public final class Languages {
    /** The supported languages, in the order they are listed to a person: fr, en, es, pt, de, it. */
    public static final List<String> SUPPORTED = List.of("fr", "en", "es", "pt", "de", "it");

    /** The language used when none can be told: English. */
    public static final String FALLBACK = "en";

    private Languages() {}

    /** Whether a code is one of {@link #SUPPORTED} (case matters: "fr", not "FR"); false for null. */
    public static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language);
    }

    /** The supported codes for a message, "fr, en, es, pt, de, it". */
    public static String listed() {
        return String.join(", ", SUPPORTED);
    }
}
