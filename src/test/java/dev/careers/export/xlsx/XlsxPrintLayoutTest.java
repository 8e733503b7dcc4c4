package dev.careers.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCfType;

/**
 * Issue 15: the workbook prints as a meeting needs it (one page wide, header rows on every page,
 * sheet name and page number in the footer, each Overview group and its chart on a page of its
 * own), and the Comparison's amounts carry data bars scaled per currency and period.
 */
class XlsxPrintLayoutTest {

    @Test
    void everySheetPrintsOnePageWideWithItsNameAndPageNumberInTheFooter() throws IOException {
        try (var workbook = read(XlsxExporterTest.export(XlsxSamples.mixed(), XlsxExporterTest.options()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            for (var sheet : workbook) {
                String name = sheet.getSheetName();
                assertThat(sheet.getFitToPage()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).as(name).isZero();
                assertThat(sheet.getFooter().getLeft()).as(name).isEqualTo("&A");
                assertThat(sheet.getFooter().getRight()).as(name).isEqualTo("Page &P / &N");
            }
            // Wide sheets turn to landscape; the Sources list stays upright.
            assertThat(workbook.getSheet("Comparaison").getPrintSetup().getLandscape()).isTrue();
            assertThat(workbook.getSheet("Vue d'ensemble").getPrintSetup().getLandscape()).isTrue();
            assertThat(workbook.getSheet("Sources").getPrintSetup().getLandscape()).isFalse();
        }
    }

    @Test
    void listSheetsRepeatTheirHeaderRowOnEveryPrintedPage() throws IOException {
        try (var workbook = read(XlsxExporterTest.export(XlsxSamples.english(), XlsxExporterTest.options()))) {
            for (String name : List.of("Comparison", "Details", "Sources")) {
                assertThat(workbook.getSheet(name).getRepeatingRows()).as(name)
                        .isEqualTo(CellRangeAddress.valueOf("1:1"));
            }
            assertThat(workbook.getSheet("Overview").getRepeatingRows()).isNull();
        }
    }

    @Test
    void eachOverviewGroupStartsAPrintedPageSoNoChartIsCut() throws IOException {
        try (var workbook = read(XlsxExporterTest.export(XlsxSamples.mixed(), XlsxExporterTest.options()))) {
            XSSFSheet overview = workbook.getSheet("Vue d'ensemble");
            int[] breaks = overview.getRowBreaks();
            // Seven groups (EUR/year, EUR/day, USD/year, GBP/year, CHF/month, USD/hour, unknown/year).
            assertThat(breaks).hasSize(6);
            for (int row : breaks) {
                // The row after each break is a group's title, and its chart starts on that row.
                assertThat(overview.getRow(row + 1).getCell(0).getStringCellValue()).startsWith("Salaires en");
            }
            var chartRows = overview.getDrawingPatriarch().getShapes().stream()
                    .map(shape -> ((XSSFClientAnchor) shape.getAnchor()).getRow1()).toList();
            assertThat(chartRows).hasSize(7).first().isEqualTo(0);
            for (int row : breaks) {
                assertThat(chartRows).contains(row + 1);
            }
        }
    }

    @Test
    void comparisonAmountsCarryDataBarsOnOneScalePerCurrencyAndPeriod() throws IOException {
        try (var workbook = read(XlsxExporterTest.export(XlsxSamples.mixed(), XlsxExporterTest.options()))) {
            XSSFSheet comparison = workbook.getSheet("Comparaison");
            var formatting = comparison.getSheetConditionalFormatting();
            assertThat(formatting.getNumConditionalFormattings()).isEqualTo(7);
            var groups = new ArrayList<String>();
            for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
                var format = formatting.getConditionalFormattingAt(i);
                assertThat(format.getNumberOfRules()).isEqualTo(1);
                CTCfRule rule = comparison.getCTWorksheet().getConditionalFormattingArray(i).getCfRuleArray(0);
                assertThat(rule.getType()).isEqualTo(STCfType.DATA_BAR);
                // Bars from zero: twice as long is twice the pay.
                assertThat(Double.parseDouble(rule.getDataBar().getCfvoArray(0).getVal())).isZero();
                var keys = new java.util.TreeSet<String>();
                for (CellRangeAddress range : format.getFormattingRanges()) {
                    assertThat(range.getFirstColumn()).isEqualTo(5); // Min
                    assertThat(range.getLastColumn()).isEqualTo(6); // Max
                    for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                        var row = comparison.getRow(r);
                        var currency = row.getCell(9);
                        keys.add((currency == null ? "" : currency.getStringCellValue()) + "/"
                                + row.getCell(10).getStringCellValue());
                    }
                }
                assertThat(keys).as("one currency and period per rule").hasSize(1);
                groups.add(keys.first());
            }
            assertThat(groups).doesNotHaveDuplicates().contains("EUR/par an", "USD/par heure");
            // The Senior MLE band (EUR) sits between two USD rows: its group's rule covers it apart.
            assertThat(formatting.getConditionalFormattingAt(0).getFormattingRanges()).hasSizeGreaterThan(1);
        }
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
