package dev.careers.export.xlsx;

import dev.careers.export.internal.BandGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

/**
 * Data bars over the Comparison's Min and Max amounts, one scale per currency and period, so that
 * the highest pay of each stands out without a chart: amounts in euros per year and in dollars per
 * hour are never drawn against each other. Stateless.
 *
 * <p>Each group's rows are found when the sheet is written; a group's bands may be scattered
 * through the table, so one rule covers several ranges (consecutive rows joined), and Excel and
 * LibreOffice scale the bars over all of them together. Sorting the table later moves the cells
 * and their bars, not the ranges: after a sort the bars still scale per group only where the
 * group's rows stayed in place.
 */
final class AmountBars {
    // The workbook's bar colour, as in the Overview's charts; opaque ARGB, as the schema requires.
    private static final byte[] COLOR = {(byte) 0xFF, (byte) 0x2E, (byte) 0x75, (byte) 0xB6};

    private AmountBars() {}

    /** Adds the bars of every group with an amount to columns {@code min} to {@code max}. */
    static void add(Sheet sheet, List<ComparisonSheet.BandRow> rows, int min, int max) {
        Map<BandGroup.Key, List<CellRangeAddress>> ranges = new LinkedHashMap<>();
        for (ComparisonSheet.BandRow row : rows) {
            if (!row.band().hasAmount()) {
                continue;
            }
            List<CellRangeAddress> group = ranges.computeIfAbsent(BandGroup.Key.of(row.band()), k -> new ArrayList<>());
            CellRangeAddress last = group.isEmpty() ? null : group.get(group.size() - 1);
            if (last != null && last.getLastRow() == row.row() - 1) {
                last.setLastRow(row.row());
            } else {
                group.add(new CellRangeAddress(row.row(), row.row(), min, max));
            }
        }
        var formatting = (XSSFSheetConditionalFormatting) sheet.getSheetConditionalFormatting();
        for (List<CellRangeAddress> group : ranges.values()) {
            XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingRule(new XSSFColor(COLOR));
            // From zero rather than from the group's lowest amount: a bar twice as long is twice the pay.
            var lowest = rule.getDataBarFormatting().getMinThreshold();
            lowest.setRangeType(ConditionalFormattingThreshold.RangeType.NUMBER);
            lowest.setValue(0d);
            formatting.addConditionalFormatting(group.toArray(CellRangeAddress[]::new), rule);
        }
    }
}
