package dev.careers.export.xlsx;

import dev.careers.export.internal.BandGroup;
import dev.careers.model.Career;
import dev.careers.model.Level;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes the Overview sheet: for each currency and period ({@link BandGroup}), one row per career
 * with its lowest and highest amounts and its junior and senior ranges, all as formulas over the
 * Comparison sheet, and a {@link RangeChart} of the group. Not thread-safe; one per workbook.
 *
 * <p>Each formula selects the career's bands by value, not by position, so that it stays right
 * when a person sorts or filters the Comparison table:
 * {@code MINIFS(Bands[Min],Bands[Career no.],3,Bands[Currency],"EUR",Bands[Period],"per year",Bands[Min],">=0")}.
 * The career number rather than the name is the key: names repeat, and a name such as
 * {@code Data*} or {@code <50k} would be read as a wildcard or a comparison. The last condition
 * skips bands without an amount, which POI's evaluator would count as 0. {@code MINIFS} and
 * {@code MAXIFS} need Excel 2019 or 365 (and LibreOffice 5.2); they are written with the
 * {@code _xlfn.} prefix that the file format requires, without which Excel and LibreOffice show
 * {@code #NAME?}.
 *
 * <p>Each such formula scans the whole table, so their cost grows with the square of the number of
 * bands, and editing any amount recalculates all of them: LibreOffice takes about 5 s for 3,000
 * bands and more than 10 minutes for 30,000. Beyond {@link #FORMULA_LIMIT} bands the amounts are
 * written as values, with a note saying so: still right after a sort, but no longer following edits.
 */
final class OverviewSheet {
    /** The most careers a chart shows; beyond that bars are too thin to read. */
    static final int CHART_LIMIT = 50;

    /** The most Comparison rows for which the Overview's amounts are formulas. */
    static final int FORMULA_LIMIT = 1_500;

    private static final int GAP_ROWS = 2;

    /** One career's bands of one group; {@code number} is the career's number in the workbook. */
    private record CareerLine(int number, String document, Career career,
            List<ComparisonSheet.BandRow> rows, BigDecimal lowest, BigDecimal highest) {}

    /** How a group's amounts are shown: its currency, with cents when any band has some. */
    private record AmountStyle(String currency, boolean decimals) {}

    private final WorkbookContext context;
    private final RangeChart chart;
    private final List<String> columns;
    private boolean formulas;
    private final Map<String, String> references = new HashMap<>(); // Comparison column -> Bands[...]

    OverviewSheet(WorkbookContext context) {
        this.context = context;
        this.chart = new RangeChart(context);
        var keys = new ArrayList<String>();
        if (context.combined()) {
            keys.add("document");
        }
        keys.addAll(List.of("career", "lowest", "highest", "range",
                "junior-min", "junior-max", "senior-min", "senior-max", "bar", "chart-label"));
        this.columns = List.copyOf(keys);
    }

    void write(List<BandGroup> groups, ComparisonSheet.Layout layout) {
        String name = context.label("sheet.overview");
        Sheet sheet = context.newSheet(name);
        var widths = new ColumnWidths(columns.stream()
                .mapToInt(key -> key.equals("career") || key.equals("document") ? 40 : 16).toArray());
        int row = 0;
        formulas = layout.rows().size() <= FORMULA_LIMIT;
        if (!formulas && !groups.isEmpty()) {
            context.cells().text(sheet.createRow(0), 0,
                    context.label("overview.values", layout.rows().size(), FORMULA_LIMIT), 0, false, widths);
            row = 2;
        }
        if (groups.isEmpty()) {
            context.cells().text(sheet.createRow(0), 0, context.label("overview.empty"), 0, false, widths);
        }
        for (BandGroup group : groups) {
            if (group != groups.get(0)) {
                // Each group and its chart start a printed page, so no chart is cut in two.
                sheet.setRowBreak(row - 1);
            }
            row = writeGroup(sheet, name, group, layout, row, widths) + GAP_ROWS;
        }
        sheet.setColumnHidden(col("bar"), true);
        sheet.setColumnHidden(col("chart-label"), true);
        widths.apply(sheet);
        context.print().apply(sheet, 0,
                widths.total(col("bar"), col("chart-label")) + RangeChart.WIDTH_CHARS);
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
        String floor = floor(layout);
        List<String> labels = ChartLabels.of(lines.stream()
                .map(l -> new ChartLabels.Career(l.career().name(), l.document(), l.career().line(), l.number()))
                .toList());
        for (int i = 0; i < lines.size(); i++) {
            writeLine(sheet.createRow(first + i), lines.get(i), labels.get(i), group, shortestBar(group),
                    floor, format, layout, widths);
        }
        int below = first + lines.size();
        int shown = Math.min(lines.size(), CHART_LIMIT);
        if (capped) {
            context.cells().text(sheet.createRow(below++), 0,
                    context.label("overview.capped", CHART_LIMIT, lines.size()), 0, false, widths);
        }
        var data = chartData(context.label("chart.title", currency, period), group.currency(),
                lines.subList(0, shown), labels.subList(0, shown), shortestBar(group), sheetName, first);
        int chartBottom = chart.draw(context.xssfSheet(sheet), data, columns.size() + 1, top);
        return Math.max(below, chartBottom);
    }

    // The chart's cache holds the same values as the cells it refers to.
    private RangeChart.Data chartData(String title, String currency, List<CareerLine> shown,
            List<String> labels, BigDecimal shortestBar, String sheetName, int firstRow) {
        return new RangeChart.Data(title, currency, labels,
                shown.stream().map(CareerLine::lowest).toList(),
                shown.stream().map(l -> l.highest().subtract(l.lowest()).max(shortestBar)).toList(),
                range(sheetName, "chart-label", firstRow, shown.size()),
                range(sheetName, "lowest", firstRow, shown.size()),
                range(sheetName, "bar", firstRow, shown.size()));
    }

    private void writeLine(Row row, CareerLine line, String chartLabel, BandGroup group,
            BigDecimal shortestBar, String floor, AmountStyle format, ComparisonSheet.Layout layout,
            ColumnWidths widths) {
        Cells cells = context.cells();
        if (context.combined()) {
            cells.text(row, col("document"), line.document(), 0, false, widths);
        }
        cells.text(row, col("career"), line.career().name(), line.career().line(), false, widths);
        // The chart's category: the name, told apart from another career's of the same name.
        cells.text(row, col("chart-label"), chartLabel, line.career().line(), false, widths);
        amount(row, "lowest", ifs("MIN", "min", line, group, null, floor, layout), line.lowest(),
                format, widths);
        amount(row, "highest", ifs("MAX", "max", line, group, null, floor, layout), line.highest(),
                format, widths);
        int excelRow = row.getRowNum() + 1;
        amount(row, "range", letter("highest") + excelRow + "-" + letter("lowest") + excelRow,
                line.highest().subtract(line.lowest()), format, widths);
        // The chart's bar: the range, but never shorter than a sliver, so that a single amount
        // (lowest = highest) still shows. A hidden helper column, so the Range column stays true.
        BigDecimal range = line.highest().subtract(line.lowest());
        amount(row, "bar", "MAX(" + letter("range") + excelRow + "," + shortestBar.toPlainString() + ")",
                range.max(shortestBar), format, widths);
        writeLevel(row, line, group, Level.JUNIOR, "junior", floor, format, layout, widths);
        writeLevel(row, line, group, Level.SENIOR, "senior", floor, format, layout, widths);
    }

    // A level the career has no band of in this group stays empty, rather than showing 0.
    private void writeLevel(Row row, CareerLine line, BandGroup group, Level level, String key,
            String floor, AmountStyle format, ComparisonSheet.Layout layout, ColumnWidths widths) {
        List<ComparisonSheet.BandRow> rows = filter(line.rows(), r -> r.band().level() == level);
        if (rows.isEmpty()) {
            return;
        }
        amount(row, key + "-min", ifs("MIN", "min", line, group, level, floor, layout),
                extreme(rows, r -> r.band().min(), false), format, widths);
        amount(row, key + "-max", ifs("MAX", "max", line, group, level, floor, layout),
                extreme(rows, r -> r.band().max(), true), format, widths);
    }

    // A MINIFS or MAXIFS is written only below the limit; the row's own Range and Bar always are.
    private void amount(Row row, String key, String formula, BigDecimal result, AmountStyle format,
            ColumnWidths widths) {
        boolean scansTable = formula.startsWith("_xlfn.");
        context.cells().amountFormula(row, col(key), scansTable && !formulas ? null : formula, result,
                format.currency(), format.decimals(), widths);
    }

    /**
     * MINIFS or MAXIFS of a Comparison column over the career's bands of the group (of one level
     * when {@code level} is not null) that have an amount. Each call scans the table, so n careers
     * cost n times the table: 10,000 careers recalculate in LibreOffice in a few seconds (see the
     * report of the xlsx2 branch), and the export itself never evaluates a formula.
     */
    private String ifs(String function, String key, CareerLine line, BandGroup group, Level level,
            String floor, ComparisonSheet.Layout layout) {
        var formula = new StringBuilder("_xlfn.").append(function).append("IFS(")
                .append(column(layout, key))
                .append(',').append(column(layout, "career-number")).append(',').append(line.number())
                .append(',').append(column(layout, "currency")).append(',').append(criterion(group.currency()))
                .append(',').append(column(layout, "period")).append(',')
                .append(criterion(context.labels().period(group.period())));
        if (level != null) {
            formula.append(',').append(column(layout, "level")).append(',')
                    .append(criterion(context.labels().get("level." + level.id())));
        }
        return formula.append(',').append(column(layout, "min")).append(",\">=").append(floor)
                .append("\")").toString();
    }

    private String column(ComparisonSheet.Layout layout, String key) {
        return references.computeIfAbsent(key, layout::column);
    }

    /**
     * A condition that a cell equals a text exactly, as a formula string literal: the wildcards
     * {@code * ? ~} escaped, a leading comparison sign guarded by {@code =}; null asks for an
     * empty cell. Case is ignored, as always in these conditions.
     */
    static String criterion(String text) {
        if (text == null) {
            return "\"=\"";
        }
        String escaped = text.replace("~", "~~").replace("*", "~*").replace("?", "~?");
        boolean operator = !escaped.isEmpty() && "=<>".indexOf(escaped.charAt(0)) >= 0;
        return "\"" + (operator || escaped.isEmpty() ? "=" : "") + escaped.replace("\"", "\"\"") + "\"";
    }

    // Bands with an amount are those whose Min is a number: ">=" the lowest amount of the workbook
    // (0 unless one is negative). POI's evaluator gets "<>" wrong on numbers.
    private static String floor(ComparisonSheet.Layout layout) {
        return layout.rows().stream().filter(r -> r.band().hasAmount()).map(r -> r.band().min())
                .reduce(BigDecimal.ZERO, BigDecimal::min).toPlainString();
    }

    private static List<CareerLine> linesOf(BandGroup group, ComparisonSheet.Layout layout) {
        var byCareer = new LinkedHashMap<Integer, List<ComparisonSheet.BandRow>>();
        for (ComparisonSheet.BandRow row : layout.rows()) {
            if (row.band().hasAmount() && BandGroup.Key.of(row.band()).equals(group.key())) {
                byCareer.computeIfAbsent(row.careerOrdinal(), k -> new ArrayList<>()).add(row);
            }
        }
        return byCareer.values().stream().map(rows -> new CareerLine(
                rows.get(0).careerOrdinal() + 1, rows.get(0).document(), rows.get(0).career(), rows,
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
