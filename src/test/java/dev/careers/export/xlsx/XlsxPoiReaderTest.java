package dev.careers.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.parse.CareerParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Opens the sample's workbook with POI's {@link XSSFWorkbook}, a reader independent of our
 * writer, and checks what it finds: cell types, values, formulas with their cached results, the
 * table, the charts, the links and the properties.
 */
class XlsxPoiReaderTest {

    @Test
    void poiReadsTheSampleWorkbookAsWritten() throws IOException {
        var document = CareerParser.create().parse(XlsxWorkbooks.resource("fixtures/sample-metiers-ia.md"));
        byte[] bytes = XlsxExporterTest.export(document, XlsxExporterTest.options());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            assertThat(workbook.getActiveSheetIndex()).isZero();

            XSSFSheet comparison = workbook.getSheet("Comparaison");
            var band = comparison.getRow(1);
            assertThat(band.getCell(0).getNumericCellValue()).as("career number").isEqualTo(1);
            assertThat(band.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(band.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(band.getCell(5).getNumericCellValue()).isEqualTo(45_000);
            assertThat(band.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0 [$€-40C]");
            assertThat(band.getCell(7).getCellFormula()).isEqualTo("IF(COUNT(F2:G2)=2,(F2+G2)/2,\"\")");
            assertThat(band.getCell(7).getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(band.getCell(7).getNumericCellValue()).isEqualTo(52_500);
            assertThat(band.getCell(11).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(comparison.getPaneInformation().isFreezePane()).isTrue();
            assertThat(comparison.getColumnWidth(1)).isGreaterThan(comparison.getColumnWidth(2));

            var table = comparison.getTables().get(0);
            assertThat(table.getName()).isEqualTo("Bands");
            assertThat(table.getStyle().getName()).isEqualTo("TableStyleMedium2");
            assertThat(table.getColumns()).extracting(c -> c.getName()).startsWith("N° métier", "Métier");
            assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo(table.getArea().formatAsString());

            XSSFSheet overview = workbook.getSheet("Vue d'ensemble");
            var career = overview.getRow(2);
            assertThat(career.getCell(1).getCellFormula()).startsWith("_xlfn.MINIFS(Bands[Min],Bands[N° métier],1,");
            assertThat(career.getCell(1).getNumericCellValue()).isEqualTo(45_000);
            assertThat(overview.isColumnHidden(8)).isTrue();
            XSSFDrawing drawing = overview.getDrawingPatriarch();
            assertThat(drawing.getCharts()).hasSize(1);
            var chart = drawing.getCharts().get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("Fourchette de salaire, EUR par an");
            assertThat(chart.getChartSeries().get(0).getSeriesCount()).isEqualTo(2);

            var details = workbook.getSheet("Détails");
            assertThat(details.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Le Data Scientist");
            var sources = workbook.getSheet("Sources");
            assertThat(sources.getRow(1).getCell(1).getStringCellValue()).startsWith("Goodfellow");

            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getCreator()).startsWith("careers ");
            assertThat(core.getCreated().toInstant()).isEqualTo(XlsxExporterTest.options().timestamp());
        }
    }
}
