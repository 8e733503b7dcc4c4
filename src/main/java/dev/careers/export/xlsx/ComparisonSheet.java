package dev.careers.export.xlsx;

import dev.careers.export.internal.BandGroup;
import dev.careers.model.Career;
import dev.careers.model.CareerDocument;
import dev.careers.model.SalaryBand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Writes the Comparison sheet: one row per salary band, as an Excel table with a filter, a frozen
 * header, numeric amounts and midpoint/spread formulas. Not thread-safe; one per workbook.
 *
 * <p>Each row carries its career's number, unique in the workbook, so that the Overview selects a
 * career's bands by value ({@code MINIFS} over the table's columns) and stays right when a person
 * sorts or filters the table. The bands of a career are written grouped by currency and period,
 * in order of first appearance, which reads better; no formula depends on it.
 */
final class ComparisonSheet {
    private static final String TABLE_NAME = "Bands";
    private static final String TABLE_STYLE = "TableStyleMedium2";

    /** One band row of the sheet. */
    record BandRow(int careerOrdinal, String document, Career career, SalaryBand band, int row) {}

    /**
     * What other sheets' formulas need to know of the table.
     *
     * @param headers each column's key ("min", "career-number", ...) and its header, the table column name
     * @param rows the band rows, in sheet order
     */
    record Layout(Map<String, String> headers, List<BandRow> rows) {
        Layout {
            headers = Map.copyOf(headers);
            rows = List.copyOf(rows);
        }

        /**
         * A structured reference to a column's data rows ({@code Bands[Min]}): it follows the table
         * when rows are sorted, filtered or added, and reads better than {@code $F$2:$F$31}.
         */
        String column(String key) {
            String header = headers.get(key);
            if (header == null) {
                throw new IllegalArgumentException("no column " + key + " in " + headers.keySet());
            }
            // In a structured reference ' escapes the characters [ ] # and ' of a column name.
            return TABLE_NAME + "[" + header.replaceAll("(['\\[\\]#])", "'$1") + "]";
        }
    }

    private final WorkbookContext context;
    private final List<String> columns;

    ComparisonSheet(WorkbookContext context) {
        this.context = context;
        var keys = new ArrayList<String>();
        if (context.combined()) {
            keys.add("document");
        }
        keys.add(0, "career-number");
        keys.addAll(List.of("career", "acronym", "level", "label", "min", "max", "midpoint",
                "spread", "currency", "period", "open-ended", "note", "source"));
        this.columns = List.copyOf(keys);
    }

    Layout write(List<CareerDocument> documents) {
        String name = context.label("sheet.comparison");
        Sheet sheet = context.newSheet(name);
        var widths = new ColumnWidths(limits());
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            context.cells().label(header, c, context.label("col." + columns.get(c)),
                    context.styles().text(false, false), widths);
        }
        int bands = documents.stream().flatMap(d -> d.careers().stream()).mapToInt(c -> c.bands().size()).sum();
        // Before the rows: a workbook that is not streamed parses each formula as it is set, and
        // Bands[Min] must then name a table. A table needs a data row; Excel itself leaves an
        // empty one under a header-only table.
        addTable(sheet, Math.max(1, bands));
        String minColumn = letter("min");
        String maxColumn = letter("max");
        var rows = new ArrayList<BandRow>();
        int ordinal = 0;
        for (CareerDocument document : documents) {
            for (Career career : document.careers()) {
                for (SalaryBand band : byGroup(career.bands())) {
                    int r = rows.size() + 1;
                    Row row = sheet.createRow(r);
                    context.cells().integer(row, col("career-number"), ordinal + 1, widths);
                    writeBand(row, document, career, band, minColumn, maxColumn, widths);
                    rows.add(new BandRow(ordinal, document.source(), career, band, r));
                }
                ordinal++;
            }
        }
        sheet.createFreezePane(0, 1);
        AmountBars.add(sheet, rows, col("min"), col("max"));
        widths.apply(sheet);
        context.print().apply(sheet, 1, widths.total());
        var headers = new LinkedHashMap<String, String>();
        columns.forEach(key -> headers.put(key, context.label("col." + key)));
        return new Layout(headers, rows);
    }

    private void writeBand(Row row, CareerDocument document, Career career, SalaryBand band,
            String minColumn, String maxColumn, ColumnWidths widths) {
        Cells cells = context.cells();
        int line = band.line();
        int excelRow = row.getRowNum() + 1;
        String both = minColumn + excelRow + ":" + maxColumn + excelRow;
        String min = minColumn + excelRow;
        String max = maxColumn + excelRow;
        if (context.combined()) {
            cells.text(row, col("document"), document.source(), 0, false, widths);
        }
        cells.text(row, col("career"), career.name(), career.line(), false, widths);
        cells.text(row, col("acronym"), career.acronym(), career.line(), false, widths);
        cells.text(row, col("level"), context.labels().get("level." + band.level().id()), 0, false, widths);
        cells.text(row, col("label"), band.label(), line, false, widths);
        cells.amount(row, col("min"), band.min(), band.currency(), widths);
        cells.amount(row, col("max"), band.max(), band.currency(), widths);
        boolean decimals = Cells.hasFraction(band.min()) || Cells.hasFraction(band.max());
        BigDecimal midpoint = band.hasAmount()
                ? band.min().add(band.max()).divide(BigDecimal.valueOf(2)) : null;
        BigDecimal spread = band.hasAmount() ? band.max().subtract(band.min()) : null;
        // COUNT keeps a band without amount empty instead of showing 0 or an error.
        cells.amountFormula(row, col("midpoint"),
                "IF(COUNT(" + both + ")=2,(" + min + "+" + max + ")/2,\"\")", midpoint, band.currency(), decimals, widths);
        cells.amountFormula(row, col("spread"),
                "IF(COUNT(" + both + ")=2," + max + "-" + min + ",\"\")", spread, band.currency(), decimals, widths);
        cells.text(row, col("currency"), band.currency(), line, false, widths);
        cells.text(row, col("period"), context.labels().period(band.period()), 0, false, widths);
        cells.bool(row, col("open-ended"), band.openEnded());
        cells.text(row, col("note"), band.note(), line, false, widths);
        cells.text(row, col("source"), document.source() + ":" + line, line, false, widths);
    }

    private void addTable(Sheet sheet, int lastRow) {
        var area = new AreaReference(new CellReference(0, 0),
                new CellReference(lastRow, columns.size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = context.xssfSheet(sheet).createTable(area);
        table.setName(TABLE_NAME);
        table.setDisplayName(TABLE_NAME);
        CTTable ct = table.getCTTable();
        // The header row is streamed, so the table cannot read its names from the cells; they
        // must equal the header texts, or Excel repairs the file.
        for (int c = 0; c < columns.size(); c++) {
            ct.getTableColumns().getTableColumnArray(c).setName(context.label("col." + columns.get(c)));
        }
        CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName(TABLE_STYLE);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        (ct.isSetAutoFilter() ? ct.getAutoFilter() : ct.addNewAutoFilter()).setRef(area.formatAsString());
    }

    // Bands of one currency and period next to each other, in order of first appearance.
    private static List<SalaryBand> byGroup(List<SalaryBand> bands) {
        Map<BandGroup.Key, Integer> order = new LinkedHashMap<>();
        for (SalaryBand band : bands) {
            order.putIfAbsent(BandGroup.Key.of(band), order.size());
        }
        if (order.size() < 2) {
            return bands;
        }
        return bands.stream().sorted(Comparator.comparing(b -> order.get(BandGroup.Key.of(b)))).toList();
    }

    private int[] limits() {
        return columns.stream().mapToInt(key -> switch (key) {
            case "career", "note" -> 45;
            case "label", "source", "document" -> 32;
            case "level", "period", "open-ended" -> 14;
            case "acronym", "currency", "career-number" -> 10;
            default -> 16;
        }).toArray();
    }

    private int col(String key) {
        return columns.indexOf(key);
    }

    private String letter(String key) {
        return CellReference.convertNumToColString(col(key));
    }
}
