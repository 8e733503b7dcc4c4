package dev.careers.export.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import dev.careers.export.internal.AmountFormat;
import dev.careers.model.SalaryBand;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Draws the horizontal range-bar chart of a salary panel as vector graphics: one bar per band in
 * the band's table row, and an axis row with labelled ticks, all on the {@link ChartScale} of the
 * band's currency and period. Drawing happens in cell events, once the cells have their place on
 * the page. One per export; events are made by one thread at a time and may draw on another.
 */
final class SalaryChart {
    private static final float BAR_HEIGHT = 9f;
    private static final float TICK_SIZE = 6.5f;
    private static final float INSET = 14f;

    private final Palette palette;
    private final FontSet fonts;
    private final AmountFormat amounts;

    // Every career of a group is drawn on the group's scale: its ticks are measured and labelled
    // once. Filled by the thread that builds the events; the events only read what they were given.
    private final Map<ChartScale, float[]> tickPositions = new IdentityHashMap<>();
    private final Map<ChartScale, Map<String, TickLabels>> tickLabels = new IdentityHashMap<>();

    /** The labels of an axis's ticks, and the face each is drawn in. */
    private record TickLabels(String[] texts, BaseFont[] faces) {}

    SalaryChart(Palette palette, FontSet fonts, AmountFormat amounts) {
        this.palette = palette;
        this.fonts = fonts;
        this.amounts = amounts;
    }

    /** The event that draws a band's bar across its cell. */
    PdfPCellEvent bar(SalaryBand band, ChartScale scale) {
        float[] ticks = positions(scale);
        return (cell, position, canvases) -> {
            // With the cell's text, not its borders: the bar is the content of the chart's figure.
            PdfContentByte canvas = canvases[PdfPTable.TEXTCANVAS];
            float left = position.getLeft() + INSET;
            float width = position.getWidth() - 2 * INSET;
            float middle = (position.getTop() + position.getBottom()) / 2;
            canvas.saveState();
            grid(canvas, ticks, left, width, position.getBottom() + 2, position.getTop() - 2);
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
        float[] ticks = positions(scale);
        TickLabels labels = tickLabels.computeIfAbsent(scale, s -> new HashMap<>())
                .computeIfAbsent(currency, c -> labels(scale, c));
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
            int every = labelEvery(ticks, labels, width);
            for (int i = 0; i < ticks.length; i++) {
                float x = left + ticks[i] * width;
                canvas.moveTo(x, base);
                canvas.lineTo(x, base - 3);
                canvas.stroke();
                if (i % every == 0) {
                    label(canvas, labels.texts()[i], labels.faces()[i], x, base - 3 - TICK_SIZE - 1);
                }
            }
            canvas.restoreState();
        };
    }

    // Long labels on a narrow axis ("NOK 520k" every 20k) would run into each other: every tick
    // keeps its mark, every second (or third…) its amount, so that the amounts shown stand apart.
    private static int labelEvery(float[] ticks, TickLabels labels, float width) {
        if (ticks.length < 2) {
            return 1;
        }
        float widest = 0;
        for (int i = 0; i < ticks.length; i++) {
            widest = Math.max(widest, labels.faces()[i].getWidthPoint(labels.texts()[i], TICK_SIZE));
        }
        float spacing = (ticks[1] - ticks[0]) * width;
        int every = 1;
        while (every < ticks.length && spacing * every < widest + 3) {
            every++;
        }
        return every;
    }

    private float[] positions(ChartScale scale) {
        return tickPositions.computeIfAbsent(scale, s -> {
            float[] positions = new float[s.ticks().size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = (float) s.position(s.ticks().get(i));
            }
            return positions;
        });
    }

    private TickLabels labels(ChartScale scale, String currency) {
        int count = scale.ticks().size();
        var texts = new String[count];
        var faces = new BaseFont[count];
        BaseFont regular = fonts.regular();
        for (int i = 0; i < count; i++) {
            texts[i] = amounts.compact(scale.ticks().get(i), currency);
            faces[i] = texts[i].codePoints().allMatch(c -> fonts.faceFor(c, regular) == regular)
                    ? regular : fonts.fallback();
        }
        return new TickLabels(texts, faces);
    }

    private void grid(PdfContentByte canvas, float[] ticks, float left, float width, float bottom, float top) {
        canvas.setColorStroke(palette.rule());
        canvas.setLineWidth(0.4f);
        for (float tick : ticks) {
            float x = left + tick * width;
            canvas.moveTo(x, bottom);
            canvas.lineTo(x, top);
        }
        canvas.stroke();
    }

    private void label(PdfContentByte canvas, String text, BaseFont face, float x, float y) {
        canvas.beginText();
        canvas.setFontAndSize(face, TICK_SIZE);
        canvas.setColorFill(palette.muted());
        canvas.showTextAligned(Element.ALIGN_CENTER, text, x, y, 0);
        canvas.endText();
    }
}
