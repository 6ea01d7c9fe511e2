package org.payoutdesk.app.finances;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.FinancesDay;

/**
 * Money in and out of the pool per UTC day, stacked: above the line what came in (credited to miners, kept by
 * the pool), below it what went out (paid, network fees). Usable from FXML ({@code <InOutChart fx:id="chart"/>}).
 * Bar heights are doubles of ETH, for drawing only; each bar's tooltip shows the exact wei.
 */
public final class InOutChart extends StackedBarChart<String, Number> {
    public static final String CREDITED = "Credited to miners";
    public static final String KEPT = "Kept by the pool";
    public static final String PAID = "Paid out";
    public static final String FEES = "Network fees";
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);
    private static final BigInteger WEI = Shannon.WEI_PER_SHANNON;

    public InOutChart() {
        super(new CategoryAxis(), new NumberAxis());
        setAnimated(false);
        setCategoryGap(2);
        getStyleClass().add("in-out-chart");
        getYAxis().setLabel("ETH");
        ((NumberAxis) getYAxis()).setForceZeroInRange(true);
    }

    /** Draws {@code days} (oldest first), replacing what was shown. */
    public void setDays(List<FinancesDay> days) {
        List<XYChart.Series<String, Number>> series = List.of(
                series(CREDITED, days, d -> d.creditedShannon().multiply(WEI), false),
                series(KEPT, days, FinancesDay::keptWei, false),
                series(PAID, days, d -> d.paidShannon().multiply(WEI), true),
                series(FEES, days, FinancesDay::feesWei, true));
        ((CategoryAxis) getXAxis()).setCategories(FXCollections.observableArrayList(
                days.stream().map(d -> LABEL.format(d.day())).toList()));
        setData(FXCollections.observableArrayList(series));
        for (XYChart.Series<String, Number> s : series) {
            for (XYChart.Data<String, Number> d : s.getData()) {
                if (d.getNode() != null && d.getExtraValue() instanceof String tip) {
                    Tooltip t = new Tooltip(tip);
                    t.setShowDelay(Duration.millis(200));
                    Tooltip.install(d.getNode(), t);
                }
            }
        }
    }

    private static XYChart.Series<String, Number> series(String name, List<FinancesDay> days,
                                                         Function<FinancesDay, BigInteger> wei, boolean out) {
        List<XYChart.Data<String, Number>> data = new ArrayList<>(days.size());
        for (FinancesDay d : days) {
            BigInteger v = wei.apply(d);
            double eth = new BigDecimal(v, 18).doubleValue();
            String tip = d.day() + "  " + name + ": " + Shannon.formatWeiAsEthFixed(v) + " ETH\n"
                    + String.format(Locale.ROOT, "%,d wei", v);
            data.add(new XYChart.Data<>(LABEL.format(d.day()), out ? -eth : eth, tip));
        }
        XYChart.Series<String, Number> s = new XYChart.Series<>(name, FXCollections.observableArrayList(data));
        return s;
    }
}
