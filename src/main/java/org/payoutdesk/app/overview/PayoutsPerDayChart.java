package org.payoutdesk.app.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.payoutdesk.app.shared.Amounts;
import org.payoutdesk.app.shared.BarPlot;

/**
 * ETH paid per calendar day, one bar a day, dated every week on the x axis ({@link DayAxis}). The bar
 * height is a double for drawing only; each bar's tooltip has the day's date, its exact sum (ETH and
 * Shannon) and its number of payments.
 */
public final class PayoutsPerDayChart extends BarPlot<LocalDate> {
    /** Pixels left between two bars. */
    private static final double GAP = 2;
    private static final DateTimeFormatter TIP_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ROOT);

    private final DayAxis days;
    private final XYChart.Series<LocalDate, Number> series = new XYChart.Series<>();

    public PayoutsPerDayChart(@javafx.beans.NamedArg("dayCount") int dayCount) {
        super(new DayAxis(), new NumberAxis());
        days = (DayAxis) getXAxis();
        days.setLabel("Date");
        getYAxis().setLabel("ETH paid");
        setTitle("Payouts per day (last " + dayCount + " days)");
        setAnimated(false);
        setLegendVisible(false);
        // The newest day's date overhangs its bar: desk.css (.per-day-chart) leaves room at the right.
        getStyleClass().add("per-day-chart");
        setData(FXCollections.observableArrayList(List.of(series)));
    }

    public void show(PayoutsPerDay perDay) {
        List<PayoutsPerDay.Day> list = perDay.days();
        days.cover(list.getFirst().date(), list.getLast().date());
        // The exact day rides along as the extra value (its tooltip, tests).
        series.getData().setAll(list.stream().map(d -> new XYChart.Data<LocalDate, Number>(d.date(),
                new BigDecimal(d.shannon(), 9).doubleValue(), d)).toList());
    }

    /** "Mon 23 Nov 2026 · 2 payments" and the exact sum: what a bar's tooltip says. */
    public static String tip(PayoutsPerDay.Day d) {
        String count = d.count() == 0 ? "no payments" : d.count() == 1 ? "1 payment"
                : String.format(Locale.ROOT, "%,d payments", d.count());
        return TIP_DATE.format(d.date()) + " · " + count + "\n"
                + Amounts.ethWithUnitOfShannon(d.shannon()) + " (" + Amounts.shannonHint(d.shannon()) + ")";
    }

    /** The plotted days, oldest first. */
    public List<PayoutsPerDay.Day> shown() {
        return series.getData().stream().map(d -> (PayoutsPerDay.Day) d.getExtraValue()).toList();
    }

    @Override
    protected javafx.scene.Node bar(Data<LocalDate, Number> item, int seriesIndex) {
        StackPane bar = new StackPane();
        // BarChart's classes, so the theme colours the bars the same way.
        bar.getStyleClass().addAll("chart-bar", "series0", "default-color0");
        Tooltip.install(bar, new Tooltip(tip((PayoutsPerDay.Day) item.getExtraValue())));
        return bar;
    }

    @Override
    protected void layoutPlotChildren() {
        double width = Math.max(1, days.slot() - GAP);
        double zero = getYAxis().getDisplayPosition(0);
        for (Iterator<Data<LocalDate, Number>> it = getDisplayedDataIterator(series); it.hasNext(); ) {
            Data<LocalDate, Number> d = it.next();
            double x = days.getDisplayPosition(d.getXValue());
            double top = getYAxis().getDisplayPosition(d.getYValue());
            ((Region) d.getNode()).resizeRelocate(x - width / 2, Math.min(top, zero), width, Math.abs(zero - top));
        }
    }
}
