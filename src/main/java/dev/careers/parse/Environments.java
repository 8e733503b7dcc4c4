package dev.careers.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a work-environment line at its top-level commas ("Tech giants (GAFAM, BATX), startups."
 * gives two entries), and removes the trailing period of each.
 */
final class Environments {
    private Environments() {}

    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                add(parts, text.substring(start, i));
                start = i + 1;
            }
        }
        add(parts, text.substring(start));
        return parts;
    }

    private static void add(List<String> parts, String part) {
        String clean = part.strip();
        if (clean.endsWith(".") && !clean.endsWith("..")) {
            clean = clean.substring(0, clean.length() - 1).strip();
        }
        if (!clean.isEmpty()) {
            parts.add(clean);
        }
    }
}
