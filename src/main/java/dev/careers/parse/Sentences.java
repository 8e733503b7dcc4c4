package dev.careers.parse;

/**
 * The sentence of a text that holds a position: what a reader takes together with an amount.
 * A sentence ends at a line break or at ".", "!", "?" or ";" before a space ("40.000" and "3. 5"
 * after a digit do not end one; "3.212,77. Assim" does, a capital opening the next). Looked for within a reach on each side: a line may be a megabyte long.
 */
final class Sentences {
    private static final int REACH = 400;

    private Sentences() {}

    /** Where the sentence holding an index starts. */
    static int start(String text, int at) {
        int limit = Math.max(0, at - REACH);
        for (int i = at - 1; i > limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == ' ') && ".!?;".indexOf(text.charAt(i - 1)) >= 0
                    && (!Character.isDigit(text.charAt(Math.max(0, i - 2))) || Character.isUpperCase(text.charAt(i + 1))))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** Where the sentence holding an index ends (its closing mark not included). */
    static int end(String text, int at) {
        int limit = Math.min(text.length(), at + REACH);
        for (int i = at; i < limit - 1; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (".!?;".indexOf(c) >= 0 && text.charAt(i + 1) == ' '
                    && (!Character.isDigit(text.charAt(Math.max(0, i - 1))) || c != '.'
                            || i + 2 < text.length() && Character.isUpperCase(text.charAt(i + 2))))) {
                return i;
            }
        }
        return limit;
    }

    /** The sentence around an index. */
    static String around(String text, int at) {
        return text.substring(start(text, at), end(text, at)).strip();
    }
}
