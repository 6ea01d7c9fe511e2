package org.payoutdesk.app.overview;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.concurrent.WorkerStateEvent;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.payoutdesk.app.BusyIndicator;
import org.payoutdesk.app.FigureCard;
import org.payoutdesk.app.LoadError;
import org.payoutdesk.app.ViewHeader;
import org.payoutdesk.app.payees.BalanceBuckets;
import org.payoutdesk.app.payees.PayeeStats;
import org.payoutdesk.app.payees.PayeeTableService;
import org.payoutdesk.ledger.Finances;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.ledger.Problem;
import org.payoutdesk.ledger.Violation;

/** The pool at a glance: finances, payees, pending, invariants, and two charts. */
public final class OverviewView extends ScrollPane {
    public static final String ID_INVARIANTS = "overview-invariants";

    private final OverviewService service;
    private final PayoutHistoryService history;
    private final FigureCard finances = new FigureCard("Finances");
    private final FigureCard payees = new FigureCard("Payees");
    private final FigureCard pending = new FigureCard("Pending and lock");
    private final VBox invariants = new VBox(6);
    private final BarChart<String, Number> distribution;
    private final BarChart<String, Number> perDay;
    private final LoadError error = new LoadError();

    public OverviewView(PoolLedger ledger, PayeeTableService payeeTable) {
        getStyleClass().add("view-scroll");
        setFitToWidth(true);
        service = new OverviewService(ledger);
        history = new PayoutHistoryService(ledger);
        BusyIndicator busy = new BusyIndicator();
        busy.track(service);
        busy.track(history);
        busy.track(payeeTable);
        ViewHeader header = new ViewHeader("Overview", busy);

        invariants.setId(ID_INVARIANTS);
        invariants.getStyleClass().add("card");
        Label invTitle = new Label("Ledger invariants");
        invTitle.getStyleClass().add("card-title");
        invariants.getChildren().add(invTitle);

        FlowPane cards = new FlowPane(16, 16, finances, payees, pending);
        cards.getStyleClass().add("cards");
        for (var c : cards.getChildren()) {
            ((VBox) c).setPrefWidth(335);
        }
        invariants.setMaxWidth(Double.MAX_VALUE);

        CategoryAxis bx = new CategoryAxis();
        bx.setLabel("Balance (ETH)");
        NumberAxis by = new NumberAxis();
        by.setLabel("Payees");
        distribution = new BarChart<>(bx, by);
        distribution.setTitle("Balances across payees");
        CategoryAxis dx = new CategoryAxis();
        dx.setLabel("Day of month");
        NumberAxis dy = new NumberAxis();
        dy.setLabel("ETH paid");
        perDay = new BarChart<>(dx, dy);
        perDay.setTitle("Payouts per day (last " + PayoutHistoryService.DAYS + " days)");
        for (BarChart<String, Number> c : java.util.List.of(distribution, perDay)) {
            c.setAnimated(false);
            c.setLegendVisible(false);
            c.setPrefHeight(330);
            c.setMinWidth(360);
            c.getStyleClass().add("chart-card");
            HBox.setHgrow(c, Priority.ALWAYS);
        }
        perDay.setCategoryGap(2);
        HBox charts = new HBox(16, distribution, perDay);

        service.setOnSucceeded(e -> show(service.getValue()));
        service.setOnFailed(e -> error.show("the finances", service.getException()));
        history.setOnSucceeded(e -> show(history.getValue()));
        history.setOnFailed(e -> error.show("the payment history", history.getException()));
        payeeTable.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED,
                e -> show(payeeTable.getValue().stats()));

        VBox content = new VBox(16, header, error, cards, invariants, charts);
        content.getStyleClass().add("view");
        content.setPadding(new Insets(16));
        setContent(content);
    }

    public void refresh() {
        service.restart();
        history.restart();
    }

    private void show(OverviewSnapshot s) {
        error.clear();
        Finances f = s.finances();
        finances.clear();
        finances.amount("balance", "Balance", f.balance());
        finances.amount("immature", "Immature", f.immature());
        finances.amount("pending", "Pending", f.pending());
        finances.amount("paid", "Paid", f.paid());
        finances.amount("total-mined", "Total mined", f.totalMined());
        if (f.txCharges() >= 0) finances.amount("txcharges", "Tx charges", f.txCharges());
        finances.value("last-credit", "Last credit height", f.lastCreditHeight() == 0 ? "none"
                : String.format(Locale.ROOT, "%,d", f.lastCreditHeight()));
        for (Problem p : f.problems()) {
            finances.value("problem", "⚠", p.reason()).getStyleClass().add("flag-text");
        }
        pending.clear();
        pending.value("pending-count", "Pending payments", Integer.toString(s.pendingCount()))
                .getStyleClass().add(s.pendingCount() > 0 ? "warn-text" : "ok-text");
        pending.value("lock", "Payout lock", s.lock().orElse("none"))
                .getStyleClass().add(s.lock().isPresent() ? "warn-text" : "ok-text");

        invariants.getChildren().remove(1, invariants.getChildren().size());
        if (s.audit().clean()) {
            Label ok = new Label("All " + s.audit().checked().size() + " invariants hold");
            ok.getStyleClass().add("ok-text");
            invariants.getChildren().add(ok);
        } else {
            Label bad = new Label(s.audit().violations().size() + " of " + s.audit().checked().size()
                    + " checks fail");
            bad.getStyleClass().add("danger-text");
            invariants.getChildren().add(bad);
            for (Violation v : s.audit().violations()) {
                Label name = new Label("✗ " + v.invariant() + "  (expected "
                        + String.format(Locale.ROOT, "%,d", v.expected()) + ", actual "
                        + String.format(Locale.ROOT, "%,d", v.actual()) + ")");
                name.getStyleClass().add("violation-name");
                Label detail = new Label(v.detail());
                detail.setWrapText(true);
                detail.getStyleClass().add("violation");
                invariants.getChildren().addAll(name, detail);
            }
        }
    }

    private void show(PayeeStats st) {
        payees.clear();
        payees.value("payees", "Payees", String.format(Locale.ROOT, "%,d", st.payees()));
        payees.value("over-threshold", "Over threshold", String.format(Locale.ROOT, "%,d", st.overThreshold()));
        payees.value("flagged", "Flagged rows", String.format(Locale.ROOT, "%,d", st.flagged()))
                .getStyleClass().add(st.flagged() > 0 ? "warn-text" : "ok-text");
        payees.amount("owed", "Owed to miners", Math.addExact(st.totalBalance(), st.totalPending()));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        BalanceBuckets b = st.buckets();
        for (int i = 0; i < b.size(); i++) {
            series.getData().add(new XYChart.Data<>(BalanceBuckets.LABELS.get(i), b.count(i)));
        }
        distribution.getData().setAll(java.util.List.of(series));
    }

    private void show(PayoutsPerDay days) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d", Locale.ROOT);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (PayoutsPerDay.Day d : days.days()) {
            // Bar height only; exact sums live in the Payments view and its CSV.
            series.getData().add(new XYChart.Data<>(f.format(d.date()),
                    BigDecimal.valueOf(d.shannon(), 9).doubleValue()));
        }
        perDay.getData().setAll(java.util.List.of(series));
    }

    public VBox invariants() {
        return invariants;
    }
}
