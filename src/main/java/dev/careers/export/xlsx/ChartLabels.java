package dev.careers.export.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Names the careers of one chart so that no two look alike: a career's name as written, and only
 * when another career of the chart has the same name, the name with its document's file name
 * ("Data Scientist — metiers-ia"), else with its document's path, else with its line too. Stateless.
 */
final class ChartLabels {
    private static final String SEPARATOR = " \u2014 ";

    /** What a label can be made of; {@code number} is the career's number in the workbook. */
    record Career(String name, String document, int line, int number) {}

    private ChartLabels() {}

    /** One label per career, in the same order. */
    static List<String> of(List<Career> careers) {
        List<String> labels = careers.stream().map(Career::name).toList();
        Map<String, Integer> names = counts(labels);
        List<Function<Career, String>> suffixes = List.of(
                c -> stem(c.document()),
                Career::document,
                c -> c.document() + ":" + c.line(),
                c -> c.document() + ":" + c.line() + " #" + c.number());
        for (Function<Career, String> suffix : suffixes) {
            Map<String, Integer> counts = counts(labels);
            if (counts.values().stream().allMatch(n -> n == 1)) {
                return labels;
            }
            var next = new ArrayList<String>(labels.size());
            for (int i = 0; i < careers.size(); i++) {
                Career career = careers.get(i);
                // Only names that repeat get a suffix; the others stay as short as written.
                next.add(names.get(career.name()) > 1 && counts.get(labels.get(i)) > 1
                        ? career.name() + SEPARATOR + suffix.apply(career) : labels.get(i));
            }
            labels = next;
        }
        return labels;
    }

    // "input/metiers-ia.md" -> "metiers-ia"
    static String stem(String source) {
        // Not Path.of: a source is any text ("-" for standard input) and may not be a valid path.
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Map<String, Integer> counts(List<String> labels) {
        var counts = new HashMap<String, Integer>();
        labels.forEach(label -> counts.merge(label, 1, Integer::sum));
        return counts;
    }
}
