package dev.careers.export.xlsx;

import dev.careers.export.BandGroup;
import dev.careers.model.Career;
import dev.careers.model.Level;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes the Overview sheet: for each currency and period ({@link BandGroup}), one row per career
 * with its lowest and highest amounts and its junior and senior ranges, all as formulas over the
 * Comparison sheet, and a {@link RangeChart} of the group. Not thread-safe; one per workbook.
 *
 * <p>Each formula refers only to the career's own rows (a plain {@code MIN}/{@code MAX} of one
 * range), not to conditions over the whole table: POI evaluates and LibreOffice recalculates them
 * the same way, Excel 2007 reads them, and 10,000 careers cost linear time rather than quadratic.
 */
final class OverviewSheet {
    /** The most careers a chart shows; beyond that bars are too thin to read. */
    static final int CHART_LIMIT = 50;

    private static final int GAP_ROWS = 2;
    private static final int MAX_ARGUMENTS = 255;

    /** One career's bands of one group. */
    private record CareerLine(String document, Career career, List<ComparisonSheet.BandRow> rows,
            BigDecimal lowest, BigDecimal highest) {}

    /** How a group's amounts are shown: its currency, with cents when any band has some. */
    private record AmountStyle(String currency, boolean decimals) {}

    private final WorkbookContext context;
    private final RangeChart chart;
    private final List<String> columns;

    OverviewSheet(WorkbookContext context) {
        this.context = context;
        this.chart = new RangeChart(context);
        var keys = new ArrayList<String>();
        if (context.combined()) {
            keys.add("document");
        }
        keys.addAll(List.of("career", "lowest", "highest", "range",
                "junior-min", "junior-max", "senior-min", "senior-max", "bar"));
        this.columns = List.copyOf(keys);
    }

    void write(List<BandGroup> groups, ComparisonSheet.Layout layout) {
        String name = context.label("sheet.overview");
        Sheet sheet = context.workbook().createSheet(name);
        var widths = new ColumnWidths(columns.stream()
                .mapToInt(key -> key.equals("career") || key.equals("document") ? 40 : 16).toArray());
        int row = 0;
        if (groups.isEmpty()) {
            context.cells().text(sheet.createRow(0), 0, context.label("overview.empty"), 0, false, widths);
        }
        for (BandGroup group : groups) {
            row = writeGroup(sheet, name, group, layout, row, widths) + GAP_ROWS;
        }
        widths.apply(sheet);
        sheet.setColumnHidden(col("bar"), true);
    }

    // Writes one group's block and chart; returns the first row below both.
    private int writeGroup(Sheet sheet, String sheetName, BandGroup group,
            ComparisonSheet.Layout layout, int top, ColumnWidths widths) {
        List<CareerLine> lines = linesOf(group, layout);
        boolean capped = lines.size() > CHART_LIMIT;
        if (capped) {
            // The chart shows the first rows of the block: put the highest paid first.
            lines = lines.stream()
                    .sorted(Comparator.comparing(CareerLine::highest).reversed()).toList();
        }
        String currency = group.currency() != null
                ? group.currency() : context.label("overview.unknown-currency");
        String period = context.labels().period(group.period());
        context.cells().label(sheet.createRow(top), 0,
                context.label("overview.group", currency, period), context.styles().title(false), null);
        Row header = sheet.createRow(top + 1);
        for (int c = 0; c < columns.size(); c++) {
            context.cells().label(header, c, context.label("col." + columns.get(c)),
                    context.styles().header(), widths);
        }
        int first = top + 2;
        var format = new AmountStyle(group.currency(), group.bands().stream()
                .anyMatch(b -> Cells.hasFraction(b.band().min()) || Cells.hasFraction(b.band().max())));
        for (int i = 0; i < lines.size(); i++) {
            writeLine(sheet.createRow(first + i), lines.get(i), format, shortestBar(group), layout, widths);
        }
        int below = first + lines.size();
        int shown = Math.min(lines.size(), CHART_LIMIT);
        if (capped) {
            context.cells().text(sheet.createRow(below++), 0,
                    context.label("overview.capped", CHART_LIMIT, lines.size()), 0, false, widths);
        }
        var data = chartData(context.label("chart.title", currency, period), group.currency(),
                lines.subList(0, shown), shortestBar(group), sheetName, first);
        int chartBottom = chart.draw(context.xssfSheet(sheetName), data, columns.size() + 1, top);
        return Math.max(below, chartBottom);
    }

    // The chart's cache holds the same values as the cells it refers to.
    private RangeChart.Data chartData(String title, String currency, List<CareerLine> shown,
            BigDecimal shortestBar, String sheetName, int firstRow) {
        return new RangeChart.Data(title, currency,
                shown.stream().map(l -> l.career().name()).toList(),
                shown.stream().map(CareerLine::lowest).toList(),
                shown.stream().map(l -> l.highest().subtract(l.lowest()).max(shortestBar)).toList(),
                range(sheetName, "career", firstRow, shown.size()),
                range(sheetName, "lowest", firstRow, shown.size()),
                range(sheetName, "bar", firstRow, shown.size()));
    }

    private void writeLine(Row row, CareerLine line, AmountStyle format, BigDecimal shortestBar,
            ComparisonSheet.Layout layout, ColumnWidths widths) {
        Cells cells = context.cells();
        if (context.combined()) {
            cells.text(row, col("document"), line.document(), 0, false, widths);
        }
        cells.text(row, col("career"), line.career().name(), line.career().line(), false, widths);
        var all = line.rows();
        amount(row, "lowest", aggregate("MIN", layout.minColumn(), all, layout), line.lowest(),
                format, widths);
        amount(row, "highest", aggregate("MAX", layout.maxColumn(), all, layout), line.highest(),
                format, widths);
        int excelRow = row.getRowNum() + 1;
        amount(row, "range", letter("highest") + excelRow + "-" + letter("lowest") + excelRow,
                line.highest().subtract(line.lowest()), format, widths);
        // The chart's bar: the range, but never shorter than a sliver, so that a single amount
        // (lowest = highest) still shows. A hidden helper column, so the Range column stays true.
        BigDecimal range = line.highest().subtract(line.lowest());
        amount(row, "bar", "MAX(" + letter("range") + excelRow + "," + shortestBar.toPlainString() + ")",
                range.max(shortestBar), format, widths);
        writeLevel(row, line, Level.JUNIOR, "junior", format, layout, widths);
        writeLevel(row, line, Level.SENIOR, "senior", format, layout, widths);
    }

    // A level the career has no band of in this group stays empty, rather than showing 0.
    private void writeLevel(Row row, CareerLine line, Level level, String key, AmountStyle format,
            ComparisonSheet.Layout layout, ColumnWidths widths) {
        List<ComparisonSheet.BandRow> rows = filter(line.rows(), r -> r.band().level() == level);
        if (rows.isEmpty()) {
            return;
        }
        amount(row, key + "-min", aggregate("MIN", layout.minColumn(), rows, layout),
                extreme(rows, r -> r.band().min(), false), format, widths);
        amount(row, key + "-max", aggregate("MAX", layout.maxColumn(), rows, layout),
                extreme(rows, r -> r.band().max(), true), format, widths);
    }

    private void amount(Row row, String key, String formula, BigDecimal result, AmountStyle format,
            ColumnWidths widths) {
        context.cells().amountFormula(
                row, col(key), formula, result, format.currency(), format.decimals(), widths);
    }

    // MIN or MAX over the rows, each run of consecutive rows given as one range.
    private static String aggregate(String function, String column,
            List<ComparisonSheet.BandRow> rows, ComparisonSheet.Layout layout) {
        var ranges = new ArrayList<String>();
        int start = rows.get(0).row();
        int end = start;
        for (int i = 1; i <= rows.size(); i++) {
            int next = i < rows.size() ? rows.get(i).row() : -1;
            if (next == end + 1) {
                end = next;
                continue;
            }
            ranges.add(layout.range(column, start, end));
            start = next;
            end = next;
        }
        return call(function, ranges);
    }

    // Excel functions take at most 255 arguments: nest calls when a career has more runs.
    private static String call(String function, List<String> arguments) {
        if (arguments.size() <= MAX_ARGUMENTS) {
            return function + "(" + String.join(",", arguments) + ")";
        }
        var nested = new ArrayList<String>();
        for (int i = 0; i < arguments.size(); i += MAX_ARGUMENTS) {
            nested.add(call(function, arguments.subList(i, Math.min(arguments.size(), i + MAX_ARGUMENTS))));
        }
        return call(function, nested);
    }

    private static List<CareerLine> linesOf(BandGroup group, ComparisonSheet.Layout layout) {
        var byCareer = new LinkedHashMap<Integer, List<ComparisonSheet.BandRow>>();
        for (ComparisonSheet.BandRow row : layout.rows()) {
            if (row.band().hasAmount() && BandGroup.Key.of(row.band()).equals(group.key())) {
                byCareer.computeIfAbsent(row.careerOrdinal(), k -> new ArrayList<>()).add(row);
            }
        }
        return byCareer.values().stream().map(rows -> new CareerLine(
                rows.get(0).document(), rows.get(0).career(), rows,
                extreme(rows, r -> r.band().min(), false),
                extreme(rows, r -> r.band().max(), true))).toList();
    }

    private static BigDecimal extreme(List<ComparisonSheet.BandRow> rows,
            Function<ComparisonSheet.BandRow, BigDecimal> amount, boolean highest) {
        var values = rows.stream().map(amount);
        return (highest ? values.max(BigDecimal::compareTo) : values.min(BigDecimal::compareTo)).orElseThrow();
    }

    // 0.5% of the group's highest amount, in whole units: visible, yet far below any real range.
    private static BigDecimal shortestBar(BandGroup group) {
        BigDecimal sliver = group.high().multiply(new BigDecimal("0.005")).setScale(0, RoundingMode.UP);
        return sliver.max(BigDecimal.ONE);
    }

    private static <T> List<T> filter(List<T> list, Predicate<T> keep) {
        return list.stream().filter(keep).toList();
    }

    private String range(String sheetName, String key, int firstRow, int count) {
        String column = letter(key);
        return WorkbookContext.quoted(sheetName) + "!$" + column + "$" + (firstRow + 1)
                + ":$" + column + "$" + (firstRow + Math.max(1, count));
    }

    private int col(String key) {
        return columns.indexOf(key);
    }

    private String letter(String key) {
        return CellReference.convertNumToColString(col(key));
    }
}
