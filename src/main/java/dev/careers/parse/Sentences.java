package dev.careers.parse;

/** The sentence of a text that holds a position: what a reader takes together with an amount. */
final class Sentences {
    /** How far a sentence is looked for on each side (a line may be a megabyte long). */
    private static final int REACH = 400;

    private Sentences() {}

    /** The sentence around an index: from the end of the one before to the end of its own. */
    static String around(String text, int at) {
        int from = Math.max(0, at - REACH);
        int start = from;
        for (int i = at - 1; i > from; i--) {
            if (endsSentence(text, i)) {
                start = i + 1;
                break;
            }
        }
        int to = Math.min(text.length(), at + REACH);
        int end = to;
        for (int i = at; i < to; i++) {
            if (endsSentence(text, i)) {
                end = i + 1;
                break;
            }
        }
        return text.substring(start, end).strip();
    }

    // ". " ends a sentence, "40.000" and "e.g.x" do not.
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == '!' || c == '?' || c == ';') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }
}
