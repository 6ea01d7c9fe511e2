package org.payoutdesk.app.finances;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.payoutdesk.app.shared.BarPlot;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.FinancesDay;

/**
 * Money in and out of the pool per UTC day, stacked: above the zero line what came in (credited to miners, kept
 * by the pool), below it what went out (paid, network fees). Usable from FXML ({@code <InOutChart fx:id="chart"/>}).
 * Drawn by hand because StackedBarChart drops negative stacks; bar heights are doubles of ETH, for drawing only,
 * and each bar's tooltip shows the exact wei.
 */
public final class InOutChart extends BarPlot<String> {
    public static final List<String> SERIES = List.of("Credited to miners", "Kept by the pool", "Paid out", "Network fees");
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);
    private static final BigInteger WEI = Shannon.WEI_PER_SHANNON;
    private static final double GAP = 2;
    private static final String TIP_KEY = "in-out-chart.tooltip";

    public InOutChart() {
        super(new CategoryAxis(), new NumberAxis());
        setAnimated(false);
        // The legend is in the FXML next to the chart: a hand-drawn XYChart's own legend has no bar symbols.
        setLegendVisible(false);
        getStyleClass().add("in-out-chart");
        getYAxis().setLabel("ETH");
        ((NumberAxis) getYAxis()).setForceZeroInRange(true);
    }

    /**
     * Draws {@code days} (oldest first), replacing what was shown. The same days again (a refresh) only move
     * the bars: rebuilding 360 bars for 90 days, each with its CSS, held the JavaFX thread for a long frame.
     */
    public void setDays(List<FinancesDay> days) {
        List<Function<FinancesDay, BigInteger>> values = List.of(d -> d.creditedShannon().multiply(WEI),
                FinancesDay::keptWei, d -> d.paidShannon().multiply(WEI).negate(), d -> d.feesWei().negate());
        List<String> labels = days.stream().map(d -> LABEL.format(d.day())).toList();
        boolean sameDays = getData() != null && getData().size() == values.size()
                && labels.equals(((CategoryAxis) getXAxis()).getCategories())
                && getData().stream().allMatch(s -> s.getData().size() == days.size());
        List<Series<String, Number>> series = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            List<Data<String, Number>> data = new ArrayList<>(days.size());
            for (int j = 0; j < days.size(); j++) {
                FinancesDay d = days.get(j);
                BigInteger v = values.get(i).apply(d);
                String tip = d.day() + "  " + SERIES.get(i) + ": " + Shannon.formatWeiAsEthFixed(v.abs()) + " ETH\n"
                        + String.format(Locale.ROOT, "%,d wei", v.abs());
                double y = new BigDecimal(v, 18).doubleValue();
                if (sameDays) {
                    Data<String, Number> shown = getData().get(i).getData().get(j);
                    shown.setExtraValue(tip);
                    shown.setYValue(y);
                    if (shown.getNode() != null && shown.getNode().getProperties().get(TIP_KEY) instanceof Tooltip t) {
                        t.setText(tip);
                    }
                } else {
                    data.add(new Data<>(labels.get(j), y, tip));
                }
            }
            series.add(new Series<>(SERIES.get(i), FXCollections.observableArrayList(data)));
        }
        if (sameDays) {
            requestChartLayout();
            return;
        }
        // A month or more of dates side by side would overlap: stand them up.
        getXAxis().setTickLabelRotation(days.size() > 14 ? -90 : 0);
        ((CategoryAxis) getXAxis()).setCategories(FXCollections.observableArrayList(labels));
        setData(FXCollections.observableArrayList(series));
    }

    /** The y axis spans the stacked totals, not the single values. */
    @Override
    protected void updateAxisRange() {
        Map<String, double[]> stacks = stacks();
        double low = 0, high = 0;
        for (double[] s : stacks.values()) {
            low = Math.min(low, s[1]);
            high = Math.max(high, s[0]);
        }
        if (getYAxis().isAutoRanging()) getYAxis().invalidateRange(List.of(low, high));
        if (getXAxis().isAutoRanging()) getXAxis().invalidateRange(List.copyOf(((CategoryAxis) getXAxis()).getCategories()));
    }

    /** Per day: the sum of the positive values and of the negative ones. */
    private Map<String, double[]> stacks() {
        Map<String, double[]> out = new HashMap<>();
        if (getData() == null) return out;
        for (Series<String, Number> s : getData()) {
            for (Data<String, Number> d : s.getData()) {
                double v = d.getYValue().doubleValue();
                double[] st = out.computeIfAbsent(d.getXValue(), k -> new double[2]);
                if (v >= 0) st[0] += v; else st[1] += v;
            }
        }
        return out;
    }

    @Override
    protected javafx.scene.Node bar(Data<String, Number> item, int i) {
        StackPane bar = new StackPane();
        bar.getStyleClass().addAll("chart-bar", "series" + i, "default-color" + i);
        // Made when the pointer first comes over the bar: 360 Tooltips for 90 days held the JavaFX thread.
        bar.setOnMouseEntered(e -> {
            if (bar.getProperties().containsKey(TIP_KEY) || !(item.getExtraValue() instanceof String tip)) return;
            Tooltip t = new Tooltip(tip);
            t.setShowDelay(Duration.millis(200));
            Tooltip.install(bar, t);
            bar.getProperties().put(TIP_KEY, t);
        });
        return bar;
    }

    @Override
    protected void layoutPlotChildren() {
        CategoryAxis x = (CategoryAxis) getXAxis();
        double width = Math.max(1, x.getCategorySpacing() - GAP);
        Map<String, double[]> reached = new HashMap<>();
        if (getData() == null) return;
        for (Series<String, Number> s : getData()) {
            for (Iterator<Data<String, Number>> it = getDisplayedDataIterator(s); it.hasNext(); ) {
                Data<String, Number> d = it.next();
                double v = d.getYValue().doubleValue();
                double[] r = reached.computeIfAbsent(d.getXValue(), k -> new double[2]);
                int side = v >= 0 ? 0 : 1;
                double from = r[side];
                double to = from + v;
                r[side] = to;
                double y0 = getYAxis().getDisplayPosition(from);
                double y1 = getYAxis().getDisplayPosition(to);
                double center = x.getDisplayPosition(d.getXValue());
                ((Region) d.getNode()).resizeRelocate(center - width / 2, Math.min(y0, y1), width, Math.abs(y1 - y0));
            }
        }
    }
}
