package dev.careers.export.pdf;

import java.awt.Color;

/**
 * The colours of a brochure, from a theme's three brand colours plus tints derived from them.
 * Immutable.
 *
 * @param primary titles, bands
 * @param accent rules, bullets, bars
 * @param text body text
 */
record Palette(Color primary, Color accent, Color text) {

    static Palette of(Theme theme) {
        return new Palette(theme.primary(), theme.accent(), theme.text());
    }

    /** Secondary text: the text colour faded towards white. */
    Color muted() {
        return mix(text, Color.WHITE, 0.45f);
    }

    /** A pale background in the primary colour, for panels. */
    Color panel() {
        return mix(primary, Color.WHITE, 0.93f);
    }

    /** Hairlines and grid lines. */
    Color rule() {
        return mix(text, Color.WHITE, 0.82f);
    }

    /** A pale accent, for the track behind a salary bar. */
    Color paleAccent() {
        return mix(accent, Color.WHITE, 0.75f);
    }

    /** The colour of a style role. */
    Color colour(Style.Role role) {
        return switch (role) {
            case PRIMARY -> primary;
            case ACCENT -> accent;
            case TEXT -> text;
            case MUTED -> muted();
            case ON_PRIMARY -> Color.WHITE;
        };
    }

    private static Color mix(Color from, Color to, float amount) {
        return new Color(
                Math.round(from.getRed() + (to.getRed() - from.getRed()) * amount),
                Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * amount),
                Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * amount));
    }
}
