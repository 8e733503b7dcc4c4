package dev.careers.parse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the answers of a pure function of a text: headings and words repeat across a
 * document and a batch (each of 10,000 careers has a "Salaire" heading). Bounded: past its limit
 * it answers without remembering, so a huge input cannot grow it. Thread-safe.
 *
 * @param <V> the answers, never null
 */
final class Memo<V> {
    private static final int LIMIT = 16_384;

    private final Map<String, V> answers = new ConcurrentHashMap<>();
    private final Function<String, V> function;

    Memo(Function<String, V> function) {
        this.function = function;
    }

    V get(String text) {
        V answer = answers.get(text);
        if (answer == null) {
            answer = function.apply(text);
            if (answers.size() < LIMIT) {
                answers.put(text, answer);
            }
        }
        return answer;
    }
}
