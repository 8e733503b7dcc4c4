package dev.careers.export.internal;

import dev.careers.model.Career;
import dev.careers.model.CareerDocument;
import dev.careers.model.Period;
import dev.careers.model.SalaryBand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * The salary bands of one or more documents that share a currency and a period, so they can be
 * drawn on one scale: never € next to $, never yearly next to daily amounts. Immutable.
 *
 * @param currency ISO 4217 code, or null for bands whose currency is unknown
 * @param period the pay period
 * @param bands the bands with an amount, each with its career, in document order
 * @param low the lowest amount of the group
 * @param high the highest amount of the group
 */
public record BandGroup(
        String currency, Period period, List<CareerBand> bands, BigDecimal low, BigDecimal high) {

    /** A band and the career it belongs to. */
    public record CareerBand(Career career, SalaryBand band) {}

    /** A key naming a currency and a period. */
    public record Key(String currency, Period period) {
        public static Key of(SalaryBand band) {
            return new Key(band.currency(), band.period());
        }

        // Written out: a record's generated equals and hashCode link method handles on first use,
        // about 10 ms of a cold run.
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(k.currency, currency) && k.period == period;
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(currency) + (period == null ? 0 : period.ordinal() + 1);
        }
    }

    public BandGroup {
        Objects.requireNonNull(period, "period must not be null");
        bands = List.copyOf(bands);
    }

    /** This group's key. */
    public Key key() {
        return new Key(currency, period);
    }

    /** The groups of the bands with an amount, in order of first appearance. */
    public static List<BandGroup> of(List<CareerDocument> documents) {
        var grouped = new LinkedHashMap<Key, List<CareerBand>>();
        for (CareerDocument document : documents) {
            for (Career career : document.careers()) {
                for (SalaryBand band : career.bands()) {
                    if (band.hasAmount()) {
                        grouped.computeIfAbsent(Key.of(band), k -> new ArrayList<>())
                                .add(new CareerBand(career, band));
                    }
                }
            }
        }
        var groups = new ArrayList<BandGroup>();
        grouped.forEach((key, bands) -> {
            BigDecimal low = bands.stream().map(b -> b.band().min()).min(BigDecimal::compareTo).orElseThrow();
            BigDecimal high = bands.stream().map(b -> b.band().max()).max(BigDecimal::compareTo).orElseThrow();
            groups.add(new BandGroup(key.currency(), key.period(), bands, low, high));
        });
        return groups;
    }

    /** The groups of one document. */
    public static List<BandGroup> of(CareerDocument document) {
        return of(List.of(document));
    }
}
