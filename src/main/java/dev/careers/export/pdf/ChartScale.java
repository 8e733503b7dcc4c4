package dev.careers.export.pdf;

import dev.careers.export.internal.BandGroup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The axis of a salary chart: round bounds around a {@link BandGroup}'s lowest and highest
 * amounts, and four to six evenly spaced ticks. Every career whose bands share the group's
 * currency and period is drawn on the same scale, so bars compare across pages. Immutable.
 *
 * @param low the amount at the left end of the axis
 * @param high the amount at the right end of the axis
 * @param ticks the amounts that get a tick and a label, from low to high
 */
record ChartScale(BigDecimal low, BigDecimal high, List<BigDecimal> ticks) {

    private static final double[] NICE_STEPS = {1, 2, 2.5, 5, 10};

    ChartScale {
        ticks = List.copyOf(ticks);
    }

    /** The scale of a group of bands; room is left after the top for open-ended bands. */
    static ChartScale of(BandGroup group) {
        boolean openEnded = group.bands().stream().anyMatch(b -> b.band().openEnded());
        double low = group.low().doubleValue();
        double high = group.high().doubleValue();
        double span = high - low;
        if (span <= 0) {
            span = Math.max(Math.abs(high) * 0.5, 1);
        }
        BigDecimal step = niceStep(span / 6);
        BigDecimal axisLow = floor(group.low(), step).max(BigDecimal.ZERO.min(group.low()));
        if (axisLow.compareTo(group.low()) == 0 && axisLow.signum() > 0) {
            axisLow = axisLow.subtract(step).max(BigDecimal.ZERO);
        }
        BigDecimal axisHigh = ceiling(group.high(), step);
        if (openEnded) {
            axisHigh = axisHigh.add(step);
        }
        var ticks = new ArrayList<BigDecimal>();
        for (BigDecimal tick = axisLow; tick.compareTo(axisHigh) <= 0; tick = tick.add(step)) {
            ticks.add(tick);
        }
        return new ChartScale(axisLow, axisHigh, ticks);
    }

    /** Where an amount falls on the axis, from 0 (left) to 1 (right). */
    double position(BigDecimal amount) {
        double span = high.subtract(low).doubleValue();
        double at = (amount.subtract(low).doubleValue()) / span;
        return Math.max(0, Math.min(1, at));
    }

    private static BigDecimal niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double nice : NICE_STEPS) {
            if (nice * magnitude >= rough) {
                return BigDecimal.valueOf(nice * magnitude).stripTrailingZeros();
            }
        }
        return BigDecimal.valueOf(10 * magnitude).stripTrailingZeros();
    }

    private static BigDecimal floor(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, java.math.RoundingMode.FLOOR).multiply(step);
    }

    private static BigDecimal ceiling(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, java.math.RoundingMode.CEILING).multiply(step);
    }
}
