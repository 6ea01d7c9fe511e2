package org.payoutdesk.app.overview;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * Wallet vs owed over time, from the kept samples. Plotted values are doubles for drawing only;
 * the exact figures are on the cards and in the samples file.
 */
public final class WalletChart extends LineChart<Number, Number> {
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT);
    private final XYChart.Series<Number, Number> wallet = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> owed = new XYChart.Series<>();

    public WalletChart() {
        super(new NumberAxis(), new NumberAxis());
        NumberAxis x = (NumberAxis) getXAxis();
        x.setForceZeroInRange(false);
        x.setAutoRanging(true);
        x.setLabel("Time");
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return TICK.format(Instant.ofEpochSecond(n.longValue()).atZone(ZoneId.systemDefault()));
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        NumberAxis y = (NumberAxis) getYAxis();
        y.setLabel("ETH");
        // Not from zero: the gap between the two lines is what matters.
        y.setForceZeroInRange(false);
        setPadding(new javafx.geometry.Insets(8, 32, 8, 8));
        wallet.setName("Wallet");
        owed.setName("Owed to miners");
        setTitle("Wallet vs owed over time");
        setAnimated(false);
        setCreateSymbols(true);
        getData().setAll(List.of(wallet, owed));
    }

    public void show(List<WalletSample> samples) {
        List<XYChart.Data<Number, Number>> w = new java.util.ArrayList<>();
        List<XYChart.Data<Number, Number>> o = new java.util.ArrayList<>();
        for (WalletSample s : samples) {
            w.add(new XYChart.Data<>(s.epochSecond(), new BigDecimal(s.walletWei(), 18).doubleValue()));
            o.add(new XYChart.Data<>(s.epochSecond(), BigDecimal.valueOf(s.owedShannon(), 9).doubleValue()));
        }
        // Many samples make the symbols a smear; keep them for the first few points only.
        setCreateSymbols(samples.size() <= 60);
        wallet.getData().setAll(w);
        owed.getData().setAll(o);
    }

    /** The plotted times (epoch seconds) of the wallet series, for tests. */
    public List<Long> times() {
        return wallet.getData().stream().map(d -> d.getXValue().longValue()).toList();
    }
}
