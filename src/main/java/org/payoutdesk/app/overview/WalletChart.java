package org.payoutdesk.app.overview;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * Wallet vs owed over time, from the kept samples. Plotted values are doubles for drawing only;
 * the exact figures are on the cards and in the samples file.
 */
public final class WalletChart extends LineChart<Number, Number> {
    private final XYChart.Series<Number, Number> wallet = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> owed = new XYChart.Series<>();
    private TimeTicks ticks;

    public WalletChart() {
        super(new NumberAxis(), new NumberAxis());
        NumberAxis x = (NumberAxis) getXAxis();
        // Our own bounds and step (TimeTicks): ticks on whole hours or days of the operator's clock. The axis
        // runs from 0 to exactly 1 (the fraction of the span): with epoch seconds the last tick, on the upper
        // bound, can land a rounding error past the axis end, and Axis then hides its label.
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setUpperBound(1);
        x.setMinorTickVisible(false);
        x.setLabel("Time");
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return ticks.label(epochSecond(n.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        applyTicks(TimeTicks.covering(Instant.now().getEpochSecond(), Instant.now().getEpochSecond(), ZoneId.systemDefault()));
        NumberAxis y = (NumberAxis) getYAxis();
        y.setLabel("ETH");
        // Not from zero: the gap between the two lines is what matters.
        y.setForceZeroInRange(false);
        // The last time label is centred on the right edge: desk.css (.wallet-chart) leaves room for its half.
        getStyleClass().add("wallet-chart");
        wallet.setName("Wallet");
        owed.setName("Owed to miners");
        setTitle("Wallet vs owed over time");
        setAnimated(false);
        setCreateSymbols(true);
        getData().setAll(List.of(wallet, owed));
    }

    private void applyTicks(TimeTicks t) {
        ticks = t;
        ((NumberAxis) getXAxis()).setTickUnit((double) t.step() / (t.upper() - t.lower()));
        getXAxis().invalidateRange(List.of()); // new labels even when the step's fraction did not change
    }

    /** Where an epoch second is drawn: its fraction of the axis span. */
    private double position(long epochSecond) {
        return (double) (epochSecond - ticks.lower()) / (ticks.upper() - ticks.lower());
    }

    private long epochSecond(double position) {
        return ticks.lower() + Math.round(position * (ticks.upper() - ticks.lower()));
    }

    public void show(List<WalletSample> samples) {
        List<XYChart.Data<Number, Number>> w = new java.util.ArrayList<>();
        List<XYChart.Data<Number, Number>> o = new java.util.ArrayList<>();
        if (!samples.isEmpty()) {
            long first = samples.stream().mapToLong(WalletSample::epochSecond).min().orElseThrow();
            long last = samples.stream().mapToLong(WalletSample::epochSecond).max().orElseThrow();
            applyTicks(TimeTicks.covering(first, last, ZoneId.systemDefault()));
        }
        for (WalletSample s : samples) {
            double at = position(s.epochSecond());
            // The exact time rides along as the extra value (times()).
            w.add(new XYChart.Data<>(at, new BigDecimal(s.walletWei(), 18).doubleValue(), s.epochSecond()));
            o.add(new XYChart.Data<>(at, BigDecimal.valueOf(s.owedShannon(), 9).doubleValue(), s.epochSecond()));
        }
        // Many samples make the symbols a smear; keep them for the first few points only.
        setCreateSymbols(samples.size() <= 60);
        wallet.getData().setAll(w);
        owed.getData().setAll(o);
    }

    /** The plotted times (epoch seconds) of the wallet series, for tests. */
    public List<Long> times() {
        return wallet.getData().stream().map(d -> (Long) d.getExtraValue()).toList();
    }
}
