package dev.careers.export.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import dev.careers.export.AmountFormat;
import dev.careers.model.SalaryBand;
import java.math.BigDecimal;

/**
 * Draws the horizontal range-bar chart of a salary panel as vector graphics: one bar per band in
 * the band's table row, and an axis row with labelled ticks, all on the {@link ChartScale} of the
 * band's currency and period. Drawing happens in cell events, once the cells have their place on
 * the page. Immutable.
 */
final class SalaryChart {
    private static final float BAR_HEIGHT = 9f;
    private static final float TICK_SIZE = 6.5f;
    private static final float INSET = 14f;

    private final Palette palette;
    private final FontSet fonts;
    private final AmountFormat amounts;

    SalaryChart(Palette palette, FontSet fonts, AmountFormat amounts) {
        this.palette = palette;
        this.fonts = fonts;
        this.amounts = amounts;
    }

    /** The event that draws a band's bar across its cell. */
    PdfPCellEvent bar(SalaryBand band, ChartScale scale) {
        return (cell, position, canvases) -> {
            PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
            float left = position.getLeft() + INSET;
            float width = position.getWidth() - 2 * INSET;
            float middle = (position.getTop() + position.getBottom()) / 2;
            canvas.saveState();
            grid(canvas, scale, left, width, position.getBottom() + 2, position.getTop() - 2);
            float from = left + (float) scale.position(band.min()) * width;
            float to = left + (float) scale.position(band.max()) * width;
            canvas.setColorFill(palette.accent());
            if (to - from < 1) {
                // A single amount: a dot rather than a bar.
                canvas.circle(from, middle, BAR_HEIGHT / 2);
            } else {
                float radius = Math.min(BAR_HEIGHT / 2, (to - from) / 2);
                canvas.roundRectangle(from, middle - BAR_HEIGHT / 2, to - from, BAR_HEIGHT, radius);
            }
            canvas.fill();
            if (band.openEnded()) {
                float tip = Math.min(to + 14, left + width + INSET - 2);
                canvas.setColorFill(palette.paleAccent());
                canvas.moveTo(to + 2, middle + BAR_HEIGHT / 2);
                canvas.lineTo(tip, middle);
                canvas.lineTo(to + 2, middle - BAR_HEIGHT / 2);
                canvas.closePath();
                canvas.fill();
            }
            canvas.restoreState();
        };
    }

    /** The event that draws the axis of a scale: a base line, ticks and their amounts. */
    PdfPCellEvent axis(ChartScale scale, String currency) {
        return (cell, position, canvases) -> {
            PdfContentByte canvas = canvases[PdfPTable.TEXTCANVAS];
            float left = position.getLeft() + INSET;
            float width = position.getWidth() - 2 * INSET;
            float base = position.getTop() - 3;
            canvas.saveState();
            canvas.setColorStroke(palette.muted());
            canvas.setLineWidth(0.6f);
            canvas.moveTo(left, base);
            canvas.lineTo(left + width, base);
            canvas.stroke();
            for (BigDecimal tick : scale.ticks()) {
                float x = left + (float) scale.position(tick) * width;
                canvas.moveTo(x, base);
                canvas.lineTo(x, base - 3);
                canvas.stroke();
                label(canvas, amounts.compact(tick, currency), x, base - 3 - TICK_SIZE - 1);
            }
            canvas.restoreState();
        };
    }

    private void grid(PdfContentByte canvas, ChartScale scale, float left, float width, float bottom, float top) {
        canvas.setColorStroke(palette.rule());
        canvas.setLineWidth(0.4f);
        for (BigDecimal tick : scale.ticks()) {
            float x = left + (float) scale.position(tick) * width;
            canvas.moveTo(x, bottom);
            canvas.lineTo(x, top);
        }
        canvas.stroke();
    }

    private void label(PdfContentByte canvas, String text, float x, float y) {
        BaseFont regular = fonts.regular();
        BaseFont face = text.codePoints().allMatch(c -> fonts.faceFor(c, regular) == regular) ? regular : fonts.fallback();
        canvas.beginText();
        canvas.setFontAndSize(face, TICK_SIZE);
        canvas.setColorFill(palette.muted());
        canvas.showTextAligned(Element.ALIGN_CENTER, text, x, y, 0);
        canvas.endText();
    }
}
