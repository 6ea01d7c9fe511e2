package org.payoutdesk.app.overview;

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
import javafx.scene.layout.Region;
import org.payoutdesk.app.shared.Amounts;
import org.payoutdesk.app.shared.BusyIndicator;
import org.payoutdesk.app.shared.FigureCard;
import org.payoutdesk.app.shared.LoadError;
import org.payoutdesk.app.shared.ViewHeader;
import org.payoutdesk.app.shared.BalanceBuckets;
import org.payoutdesk.app.shared.PayeeStats;
import org.payoutdesk.app.shared.PayeeTableService;
import org.payoutdesk.ledger.Finances;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.ledger.Problem;
import org.payoutdesk.ledger.Violation;
import org.payoutdesk.payout.PaymentDesk;

/**
 * The pool at a glance: wallet against owed (coverage), paid in the last 24 h / 7 d, finances,
 * payees, pending and lock, invariants; charts of balances, payouts per day and wallet vs owed.
 * The wallet is sampled at each refresh and every minute, and the samples are kept across restarts.
 */
public final class OverviewView extends ScrollPane {
    public static final String ID_INVARIANTS = "overview-invariants";
    public static final String ID_WALLET_CHART = "overview-wallet-chart";
    public static final String ID_PER_DAY_CHART = "overview-per-day-chart";
    /** How often the wallet is sampled between refreshes. */
    public static final javafx.util.Duration SAMPLE_PERIOD = javafx.util.Duration.minutes(1);

    private final OverviewService service;
    private final PayoutHistoryService history;
    private final WalletService wallet;
    private final FigureCard coverage = new FigureCard("Wallet and coverage");
    private final FigureCard paid = new FigureCard("Paid recently");
    private final WalletChart walletChart = new WalletChart();
    private final javafx.animation.Timeline sampler;
    private OverviewSnapshot lastSnapshot;
    private WalletReading lastReading;
    private final FigureCard finances = new FigureCard("Finances");
    private final FigureCard payees = new FigureCard("Payees");
    private final FigureCard pending = new FigureCard("Pending and lock");
    private final VBox invariants = new VBox(6);
    private final BarChart<String, Number> distribution;
    private final PayoutsPerDayChart perDay = new PayoutsPerDayChart(PayoutHistoryService.DAYS);
    private final LoadError error = new LoadError();

    /** A ledger-only Overview: no wallet, no coverage, no wallet history. */
    public OverviewView(PoolLedger ledger, PayeeTableService payeeTable) {
        this(ledger, payeeTable, null, null);
    }

    /**
     * @param desk    the payout engine for the wallet; null when there is none
     * @param samples where the wallet-vs-owed history is kept; null (with a desk) for
     *                {@link WalletSampleFile#forPool} of the ledger
     */
    public OverviewView(PoolLedger ledger, PayeeTableService payeeTable, PaymentDesk desk, WalletSampleFile samples) {
        getStyleClass().add("view-scroll");
        setFitToWidth(true);
        service = new OverviewService(ledger);
        history = new PayoutHistoryService(ledger);
        wallet = desk == null ? null : new WalletService(desk,
                samples != null ? samples : WalletSampleFile.forPool(ledger.coin(), ledger.endpointDisplay()));
        BusyIndicator busy = new BusyIndicator();
        busy.track(service);
        busy.track(history);
        if (wallet != null) busy.track(wallet);
        busy.track(payeeTable);
        ViewHeader header = new ViewHeader("Overview", busy);

        invariants.setId(ID_INVARIANTS);
        invariants.getStyleClass().add("card");
        Label invTitle = new Label("Ledger invariants");
        invTitle.getStyleClass().add("card-title");
        invariants.getChildren().add(invTitle);

        FlowPane cards = new FlowPane(16, 16, coverage, paid, finances, payees, pending);
        cards.getStyleClass().add("cards");
        coverage.setId("overview-coverage-card");
        for (var c : cards.getChildren()) {
            // At least this wide, wider when an amount needs it: money is never cut.
            ((VBox) c).setMinWidth(300);
            ((VBox) c).setPrefWidth(Region.USE_COMPUTED_SIZE);
        }
        invariants.setMaxWidth(Double.MAX_VALUE);

        CategoryAxis bx = new CategoryAxis();
        bx.setLabel("Balance (ETH)");
        NumberAxis by = new NumberAxis();
        by.setLabel("Payees");
        distribution = new BarChart<>(bx, by);
        distribution.setTitle("Balances across payees");
        distribution.setAnimated(false);
        distribution.setLegendVisible(false);
        perDay.setId(ID_PER_DAY_CHART);
        for (XYChart<?, ?> c : java.util.List.of(distribution, perDay)) {
            c.setPrefHeight(330);
            c.setMinWidth(360);
            c.getStyleClass().add("chart-card");
            HBox.setHgrow(c, Priority.ALWAYS);
        }
        HBox charts = new HBox(16, distribution, perDay);
        walletChart.setId(ID_WALLET_CHART);
        walletChart.setPrefHeight(330);
        walletChart.getStyleClass().add("chart-card");
        walletChart.setVisible(wallet != null);
        walletChart.setManaged(wallet != null);

        service.setOnSucceeded(e -> show(service.getValue()));
        service.setOnFailed(e -> error.show("the finances", service.getException()));
        history.setOnSucceeded(e -> show(history.getValue()));
        if (wallet != null) {
            wallet.setOnSucceeded(e -> show(wallet.getValue()));
            wallet.setOnFailed(e -> error.show("the wallet", wallet.getException()));
        }
        sampler = new javafx.animation.Timeline(new javafx.animation.KeyFrame(SAMPLE_PERIOD, e -> sample()));
        sampler.setCycleCount(javafx.animation.Animation.INDEFINITE);
        renderCoverage();
        renderPaid(null);
        history.setOnFailed(e -> error.show("the payment history", history.getException()));
        payeeTable.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED,
                e -> show(payeeTable.getValue().stats()));

        VBox content = new VBox(16, header, error, cards, invariants, charts, walletChart);
        content.getStyleClass().add("view");
        content.setPadding(new Insets(16));
        setContent(content);
    }

    public void refresh() {
        service.restart();
        history.restart();
        if (wallet != null) {
            wallet.restart();
            if (sampler.getStatus() != javafx.animation.Animation.Status.RUNNING) sampler.play();
        }
    }

    /** The minute's sample: skipped while a reading is still under way (never two at once). */
    private void sample() {
        if (wallet != null && !wallet.isRunning()) wallet.restart();
    }

    /** Stops the minute sampling (the window closes). */
    public void dispose() {
        sampler.stop();
        if (wallet != null) wallet.cancel();
    }

    private void show(WalletReading r) {
        lastReading = r;
        renderCoverage();
        walletChart.show(r.history());
    }

    /** Wallet, owed, coverage: from the last wallet reading, else owed alone from the finances. */
    private void renderCoverage() {
        coverage.clear();
        if (lastReading == null || !lastReading.walletKnown()) {
            String why = wallet == null ? "no node configured" : lastReading == null ? "reading…"
                    : "node unreachable";
            Label w = coverage.value("wallet", "Pool wallet", why);
            w.getStyleClass().add(wallet == null ? "muted" : lastReading == null ? "muted" : "danger-text");
            if (lastReading != null) w.setTooltip(new javafx.scene.control.Tooltip(lastReading.node().nodeProblem()));
            if (lastSnapshot != null) {
                coverage.amount("owed", "Owed to miners", owedOf(lastSnapshot.finances()));
            }
            coverage.value("coverage", "Coverage", "unknown").getStyleClass().add("muted");
            return;
        }
        Coverage c = lastReading.coverage();
        coverage.wei("wallet", "Pool wallet", c.walletWei());
        coverage.amount("owed", "Owed to miners", c.owedShannon());
        Label pct = coverage.value("coverage", "Coverage", c.text());
        pct.getStyleClass().addAll(Amounts.STYLE, c.covered() ? "ok-text" : "danger-text");
        pct.setTooltip(new javafx.scene.control.Tooltip(c.covered()
                ? "The wallet covers everything owed (balance + pending)"
                : "The wallet lacks " + Amounts.weiHint(c.shortfallWei()) + " to cover what is owed"));
        if (!c.covered()) {
            coverage.wei("shortfall", "Short by", c.shortfallWei()).getStyleClass().add("danger-text");
        }
        if (lastReading.historyProblem() != null) {
            coverage.value("history-problem", "⚠", lastReading.historyProblem()).getStyleClass().add("flag-text");
        }
    }

    private static long owedOf(Finances f) {
        return Math.addExact(f.balance(), f.pending());
    }

    private void renderPaid(PaidWindows w) {
        paid.clear();
        if (w == null) {
            paid.value("paid-24h", "Last 24 hours", "reading…").getStyleClass().add("muted");
            paid.value("paid-7d", "Last 7 days", "reading…").getStyleClass().add("muted");
            return;
        }
        paid.amount("paid-24h", "Last 24 hours", w.last24h());
        paid.value("paid-24h-count", "Payments (24 h)", String.format(Locale.ROOT, "%,d", w.count24h()));
        paid.amount("paid-7d", "Last 7 days", w.last7d());
        paid.value("paid-7d-count", "Payments (7 d)", String.format(Locale.ROOT, "%,d", w.count7d()));
    }

    private void show(OverviewSnapshot s) {
        error.clear();
        lastSnapshot = s;
        renderCoverage();
        Finances f = s.finances();
        finances.clear();
        finances.amount("balance", "Balance", f.balance());
        finances.amount("immature", "Immature", f.immature());
        finances.amount("pending", "Pending", f.pending());
        finances.amount("paid", "Paid", f.paid());
        finances.amount("total-mined", "Total mined", f.totalMined());
        if (f.txCharges() >= 0) { // the fork's txcharges are wei (nwTxGasPrice × nwTxGas), not Shannon
            java.math.BigInteger wei = java.math.BigInteger.valueOf(f.txCharges());
            finances.value("txcharges", "Tx charges", org.payoutdesk.money.Shannon.formatWeiAsEthFixed(wei) + " ETH")
                    .setTooltip(new javafx.scene.control.Tooltip(Amounts.weiHint(wei)));
        }
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
        payees.amount("payees-owed", "Σ payee balance + pending", Math.addExact(st.totalBalance(), st.totalPending()));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        BalanceBuckets b = st.buckets();
        for (int i = 0; i < b.size(); i++) {
            series.getData().add(new XYChart.Data<>(BalanceBuckets.LABELS.get(i), b.count(i)));
        }
        distribution.getData().setAll(java.util.List.of(series));
    }

    private void show(PayoutHistory h) {
        renderPaid(h.paid());
        perDay.show(h.perDay());
    }

    public WalletChart walletChart() {
        return walletChart;
    }

    public PayoutsPerDayChart perDayChart() {
        return perDay;
    }

    public VBox invariants() {
        return invariants;
    }
}
