package dev.careers.export.internal;

import dev.careers.model.Languages;
import dev.careers.model.Period;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words that exporters print around the content ("Salaire", "Page 2 / 5"), in the document's
 * language, from the {@code dev/careers/export/internal/labels} resource bundles. Immutable; thread-safe.
 */
public final class Labels {
    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                "dev.careers.export.internal.labels", locale, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The labels of a document language, one of {@link Languages#SUPPORTED}; anything else gets
     * English.
     */
    public static Labels of(String language) {
        return new Labels(Locale.forLanguageTag(
                Languages.isSupported(language) ? language : Languages.FALLBACK));
    }

    /** The locale of these labels. */
    public Locale locale() {
        return locale;
    }

    /**
     * The label of a key, with {@link MessageFormat} arguments filled in.
     *
     * @throws MissingResourceException naming the key when it is not in the bundle
     */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * A formatter of a key's label, for a label written many times (one per page): {@link #get}
     * with arguments parses the pattern on every call. Not thread-safe, like every
     * {@link MessageFormat}: one per user.
     *
     * @throws MissingResourceException naming the key when it is not in the bundle
     */
    public MessageFormat formatter(String key) {
        return new MessageFormat(bundle.getString(key), locale);
    }

    /** The name of a pay period ("par an", "per year"). */
    public String period(Period period) {
        return get("period." + period.id());
    }
}
