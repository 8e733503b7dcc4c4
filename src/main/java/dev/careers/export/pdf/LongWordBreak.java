package dev.careers.export.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.HyphenationEvent;

/**
 * Breaks a word too long for any line (a 300-letter word, a long identifier) where the line ends,
 * with a hyphen, so it wraps instead of running off the page. Given only to chunks that hold
 * such a word. Stateful: one instance per chunk.
 */
final class LongWordBreak implements HyphenationEvent {
    private final String symbol;
    private String post = "";

    /** A break that ends the line with the given symbol: "-" in words, "" in addresses. */
    LongWordBreak(String symbol) {
        this.symbol = symbol;
    }

    @Override
    public String getHyphenSymbol() {
        return symbol;
    }

    @Override
    public String getHyphenatedWordPre(String word, BaseFont font, float fontSize, float remainingWidth) {
        float room = remainingWidth - font.getWidthPoint(symbol, fontSize);
        int end = 0;
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (font.getWidthPoint(word.substring(0, next), fontSize) > room) {
                break;
            }
            end = next;
        }
        if (end == 0) {
            post = word;
            return "";
        }
        post = word.substring(end);
        return word.substring(0, end);
    }

    @Override
    public String getHyphenatedWordPost() {
        return post;
    }
}
