package dev.careers.parse;

import java.util.ArrayList;
import java.util.List;

/** Splits the source line of a GFM table row into its cells' text, at unescaped pipes. */
final class TableCells {
    private TableCells() {}

    static List<String> split(String line) {
        String row = line.strip();
        if (row.startsWith("|")) {
            row = row.substring(1);
        }
        if (row.endsWith("|") && !row.endsWith("\\|")) {
            row = row.substring(0, row.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        var cell = new StringBuilder();
        boolean inCode = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length() && row.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '`') {
                inCode = !inCode;
                cell.append(c);
            } else if (c == '|' && !inCode) {
                cells.add(Words.collapse(cell.toString()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(Words.collapse(cell.toString()));
        return cells;
    }
}
