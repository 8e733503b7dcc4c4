package dev.careers.export.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import dev.careers.export.internal.AmountFormat;
import dev.careers.export.internal.BandGroup;
import dev.careers.export.internal.Labels;
import dev.careers.model.Career;
import dev.careers.model.SalaryBand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The salary panel of a career: one row per band (label and level, range and period, note, bar)
 * and an axis under the bands of each currency and period. Bands without an amount show their
 * text as written, without a bar. One per export.
 */
final class SalaryPanel {
    private static final float[] COLUMNS = {26, 30, 44};
    private static final float BAR_ROW_HEIGHT = 30;
    private static final float PADDING = 7;
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}{2,}");
    private static final java.util.regex.Pattern MARK = java.util.regex.Pattern.compile("\\p{M}");

    private final Blocks blocks;
    private final Labels labels;
    private final AmountFormat amounts;
    private final SalaryChart chart;
    private final Map<BandGroup.Key, ChartScale> scales;

    SalaryPanel(Blocks blocks, Labels labels, AmountFormat amounts, Map<BandGroup.Key, ChartScale> scales) {
        this.blocks = blocks;
        this.labels = labels;
        this.amounts = amounts;
        this.scales = scales;
        Typesetter type = blocks.type();
        this.chart = new SalaryChart(type.palette(), type.fonts(), amounts);
    }

    /** The panel of a career's bands. */
    PdfPTable of(Career career) {
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        table.setSpacingAfter(8);
        var withoutAmount = new ArrayList<SalaryBand>();
        for (BandGroup.Key key : keysInOrder(career.bands())) {
            ChartScale scale = scales.get(key);
            for (SalaryBand band : career.bands()) {
                if (band.hasAmount() && BandGroup.Key.of(band).equals(key)) {
                    addBand(table, band, scale);
                }
            }
            addAxis(table, key, scale);
        }
        career.bands().stream().filter(b -> !b.hasAmount()).forEach(withoutAmount::add);
        for (SalaryBand band : withoutAmount) {
            addBand(table, band, null);
        }
        return table;
    }

    /**
     * The alternate text of a career's chart: each range it draws, in the order of its bars, with
     * the band's label and period.
     */
    String describe(Career career) {
        var ranges = new ArrayList<String>();
        for (BandGroup.Key key : keysInOrder(career.bands())) {
            for (SalaryBand band : career.bands()) {
                if (band.hasAmount() && BandGroup.Key.of(band).equals(key)) {
                    ranges.add(band.label() + ": " + amounts.range(band) + " " + labels.period(band.period()));
                }
            }
        }
        return labels.get("chart.alt", String.join("; ", ranges));
    }

    /**
     * How a panel is tagged, in a Div under a parent: the text of each cell is a P, the bars and
     * axes drawn in the others are one figure (with the {@link #describe alternate text}) that
     * comes in the reading order where the first bar does.
     */
    PageFlow.CellRoles roles(Tagging tags, PdfStructureElement parent, String alternateText) {
        var panel = tags.add(parent, PdfName.DIV);
        var figure = new PdfStructureElement[1];
        return (row, column, cell) -> {
            if (cell.getCellEvent() != null) {
                if (figure[0] == null) {
                    figure[0] = tags.figure(panel, alternateText);
                }
                return figure[0];
            }
            return PageFlow.hasContent(cell) ? tags.add(panel, PdfName.P) : null;
        };
    }

    private static List<BandGroup.Key> keysInOrder(List<SalaryBand> bands) {
        return bands.stream().filter(SalaryBand::hasAmount).map(BandGroup.Key::of).distinct().toList();
    }

    private void addBand(PdfPTable table, SalaryBand band, ChartScale scale) {
        Typesetter type = blocks.type();
        float labelWidth = blocks.share(COLUMNS, 0) - 2 * PADDING;
        float amountWidth = blocks.share(COLUMNS, 1) - 2 * PADDING;
        Phrase who = type.phrase(band.label(), Style.BODY_BOLD, labelWidth);
        String level = labels.get("level." + band.level().id());
        // "Other" says nothing a reader needs: a level is shown only when the label gives one.
        if (band.level() != dev.careers.model.Level.OTHER && !startsWithWord(band.label(), level)) {
            type.append(who, "\n" + level, Style.SMALL, labelWidth);
        }
        table.addCell(cell(who));

        Phrase amount;
        if (band.hasAmount()) {
            amount = type.phrase(amounts.range(band), Style.AMOUNT, amountWidth);
            type.append(amount, "\n" + labels.period(band.period()), Style.SMALL, amountWidth);
        } else {
            amount = type.phrase(band.text(), Style.BODY, amountWidth);
        }
        if (band.note() != null) {
            type.append(amount, "\n" + band.note(), Style.SMALL, amountWidth);
        }
        if (band.hasAmount() && saysMore(band.text(), amount.getContent())) {
            type.append(amount, "\n" + band.text(), Style.SMALL, amountWidth);
        }
        table.addCell(cell(amount));

        PdfPCell bar = cell(type.phrase("", Style.SMALL));
        bar.setMinimumHeight(BAR_ROW_HEIGHT);
        if (scale != null) {
            bar.setCellEvent(chart.bar(band, scale));
        }
        table.addCell(bar);
    }

    private void addAxis(PdfPTable table, BandGroup.Key key, ChartScale scale) {
        Typesetter type = blocks.type();
        String unit = key.currency() == null ? labels.period(key.period())
                : labels.get("chart.scale", key.currency(), labels.period(key.period()));
        PdfPCell caption = cell(type.phrase(unit, Style.SMALL));
        caption.setColspan(2);
        caption.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(caption);
        PdfPCell axis = cell(type.phrase("", Style.SMALL));
        axis.setMinimumHeight(20);
        axis.setCellEvent(chart.axis(scale, key.currency()));
        table.addCell(axis);
    }

    // The amount as written is shown too when it has words the formatted range does not
    // ("€48,000 to €58,000", "450 € par jour HT"), so no word of the source is lost.
    private boolean saysMore(String written, String shown) {
        var shownWords = java.util.Set.copyOf(words(shown));
        return words(written).stream().anyMatch(word -> !shownWords.contains(word));
    }

    private java.util.List<String> words(String text) {
        return WORD.matcher(plain(text)).results().map(java.util.regex.MatchResult::group).toList();
    }

    // "Sénior (Lead Research)" already says "Senior": the level would only repeat it.
    private boolean startsWithWord(String label, String word) {
        String plainLabel = plain(label);
        String plainWord = plain(word);
        return plainLabel.equals(plainWord) || plainLabel.startsWith(plainWord + " ");
    }

    private String plain(String text) {
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        return MARK.matcher(decomposed).replaceAll("").toLowerCase(labels.locale()).strip();
    }

    private PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(java.awt.Color.WHITE);
        cell.setBorderWidth(1.5f);
        cell.setBackgroundColor(blocks.type().palette().panel());
        cell.setPadding(PADDING);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }
}
