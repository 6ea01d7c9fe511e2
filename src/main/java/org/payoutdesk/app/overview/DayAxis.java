package org.payoutdesk.app.overview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.Axis;

/**
 * The x axis of the payouts-per-day chart: one slot per calendar day and a short date ("23 Nov")
 * every {@value #STEP} days counted back from the newest, never rotated. A CategoryAxis labels every
 * day, turns the labels on end when they do not fit and then drops some of them unevenly.
 */
final class DayAxis extends Axis<LocalDate> {
    /** Days between two labels: one a week, on the newest day's weekday. */
    static final int STEP = 7;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);

    private LocalDate first = LocalDate.now();
    private int days = 1;

    DayAxis() {
        // The range is ours (cover); the chart does not derive it from the data.
        setAutoRanging(false);
    }

    /** Shows {@code first..last} (inclusive), one slot per day. */
    void cover(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) throw new IllegalArgumentException("last before first");
        this.first = first;
        this.days = Math.toIntExact(last.toEpochDay() - first.toEpochDay() + 1);
        invalidateRange(List.of());
    }

    /** Width of one day's slot, in pixels. */
    double slot() {
        return getWidth() / days;
    }

    private long index(LocalDate d) {
        return d.toEpochDay() - first.toEpochDay();
    }

    @Override
    protected Object autoRange(double length) {
        return getRange();
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        // nothing to adopt: the range is set by cover()
    }

    @Override
    protected Object getRange() {
        return List.of(first, days);
    }

    @Override
    public double getZeroPosition() {
        return Double.NaN;
    }

    @Override
    public double getDisplayPosition(LocalDate d) {
        return (index(d) + 0.5) * slot();
    }

    @Override
    public LocalDate getValueForDisplay(double position) {
        long i = (long) Math.floor(position / slot());
        return i >= 0 && i < days ? first.plusDays(i) : null;
    }

    @Override
    public boolean isValueOnAxis(LocalDate d) {
        long i = index(d);
        return i >= 0 && i < days;
    }

    @Override
    public double toNumericValue(LocalDate d) {
        return d.toEpochDay();
    }

    @Override
    public LocalDate toRealValue(double epochDay) {
        return LocalDate.ofEpochDay(Math.round(epochDay));
    }

    /** The labelled days, oldest first: the newest day and every {@value #STEP}th before it. */
    @Override
    protected List<LocalDate> calculateTickValues(double length, Object range) {
        List<LocalDate> out = new ArrayList<>();
        for (long i = days - 1; i >= 0; i -= STEP) out.addFirst(first.plusDays(i));
        return out;
    }

    @Override
    protected String getTickMarkLabel(LocalDate d) {
        return LABEL.format(d);
    }
}
