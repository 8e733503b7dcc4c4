package dev.careers.export.xlsx;

import dev.careers.export.internal.Labels;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints, as a person printing a comparison for a meeting expects: one page wide
 * (landscape when the sheet is wide), its header rows repeated on every page, and a footer with
 * the sheet's name and the page number. Immutable; one per workbook language.
 */
final class PrintLayout {
    /** Past this many characters of column width, a sheet prints in landscape. */
    static final int PORTRAIT_CHARS = 95;

    // The codes a header or footer holds for the sheet's name, the page number and the page count.
    private static final String SHEET_NAME = "&A";
    private static final String PAGE = "&P";
    private static final String PAGES = "&N";

    private final String pageLabel;

    PrintLayout(Labels labels) {
        // "Page &P of &N": the spreadsheet puts the page number and count in place of the codes.
        this.pageLabel = labels.get("page", PAGE, PAGES);
    }

    /**
     * Sets up the printing of a sheet.
     *
     * @param titleRows the rows, from the top, repeated on each printed page (0 for none)
     * @param widthChars the sheet's printed columns' width in characters
     */
    void apply(Sheet sheet, int titleRows, int widthChars) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(widthChars > PORTRAIT_CHARS);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        // One page wide, as many tall as it takes (0: no limit).
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        if (titleRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, titleRows - 1, -1, -1));
        }
        Footer footer = sheet.getFooter();
        footer.setLeft(SHEET_NAME);
        footer.setRight(pageLabel);
    }
}
