package org.payoutdesk.app.overview;

import java.util.List;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.WorkerStateEvent;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.payoutdesk.app.ViewContext;
import org.payoutdesk.app.shared.BalanceBuckets;
import org.payoutdesk.app.shared.BusyIndicator;
import org.payoutdesk.app.shared.FigureCard;
import org.payoutdesk.app.shared.LoadError;
import org.payoutdesk.app.shared.PayeeStats;
import org.payoutdesk.app.shared.PayeeTableService;
import org.payoutdesk.ledger.AuditReport;
import org.payoutdesk.ledger.Violation;

/**
 * The pool at a glance (overview/overview.fxml): wallet against owed (coverage), paid in the last 24 h / 7 d,
 * finances, payees, pending and lock, invariants; charts of balances, payouts per day and wallet vs owed.
 * The wallet is sampled at each refresh and every minute, and the samples are kept across restarts; when
 * coverage drops below 100 % the desktop is told (ControlsFX Notifications).
 */
public final class OverviewController {
    public static final String ID_INVARIANTS = "overview-invariants";
    public static final String ID_WALLET_CHART = "overview-wallet-chart";
    public static final String ID_PER_DAY_CHART = "overview-per-day-chart";
    /** How often the wallet is sampled between refreshes. */
    public static final Duration SAMPLE_PERIOD = Duration.minutes(1);

    private final OverviewModel model = new OverviewModel();
    private final OverviewService service;
    private final PayoutHistoryService history;
    private final WalletService wallet;
    private final PayeeTableService payeeTable;
    private final Timeline sampler = new Timeline(new KeyFrame(SAMPLE_PERIOD, e -> sample()));
    private OverviewSnapshot lastSnapshot;
    private WalletReading lastReading;

    @FXML private ScrollPane root;
    @FXML private BusyIndicator busy;
    @FXML private LoadError error;
    @FXML private FigureCard coverage;
    @FXML private FigureCard paid;
    @FXML private FigureCard finances;
    @FXML private FigureCard payees;
    @FXML private FigureCard pending;
    @FXML private VBox invariants;
    @FXML private BarChart<String, Number> distribution;
    @FXML private PayoutsPerDayChart perDay;
    @FXML private WalletChart walletChart;

    public OverviewController(ViewContext context) {
        service = new OverviewService(context.ledger());
        history = new PayoutHistoryService(context.ledger());
        wallet = context.desk() == null ? null : new WalletService(context.desk(),
                WalletSampleFile.forPool(context.ledger().coin(), context.ledger().endpointDisplay()));
        payeeTable = context.payeeTable();
        sampler.setCycleCount(Animation.INDEFINITE);
    }

    @FXML
    private void initialize() {
        Bindings.bindContent(coverage.getFigures(), model.coverage);
        Bindings.bindContent(paid.getFigures(), model.paid);
        Bindings.bindContent(finances.getFigures(), model.finances);
        Bindings.bindContent(payees.getFigures(), model.payees);
        Bindings.bindContent(pending.getFigures(), model.pending);
        distribution.setData(model.distribution);
        model.invariants.addListener((ListChangeListener<OverviewModel.InvariantLine>) c -> showInvariants());
        model.perDay.addListener((o, a, b) -> { if (b != null) perDay.show(b); });
        model.walletHistory.addListener((o, a, b) -> walletChart.show(b));
        model.walletShown.set(wallet != null);
        walletChart.visibleProperty().bind(model.walletShown);
        walletChart.managedProperty().bind(model.walletShown);
        model.coverageShort.addListener((o, was, now) -> { if (now) notifyShort(); });

        busy.track(service);
        busy.track(history);
        busy.track(payeeTable);
        if (wallet != null) busy.track(wallet);
        service.setOnSucceeded(e -> show(service.getValue()));
        service.setOnFailed(e -> error.show("the finances", service.getException()));
        history.setOnSucceeded(e -> show(history.getValue()));
        history.setOnFailed(e -> error.show("the payment history", history.getException()));
        if (wallet != null) {
            wallet.setOnSucceeded(e -> show(wallet.getValue()));
            wallet.setOnFailed(e -> error.show("the wallet", wallet.getException()));
        }
        payeeTable.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> show(payeeTable.getValue().stats()));
        model.coverage.setAll(OverviewFigures.coverage(wallet != null, null, null));
        model.paid.setAll(OverviewFigures.paid(null));
    }

    public void refresh() {
        service.restart();
        history.restart();
        if (wallet != null) {
            wallet.restart();
            if (sampler.getStatus() != Animation.Status.RUNNING) sampler.play();
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
        model.coverage.setAll(OverviewFigures.coverage(true, r, lastSnapshot));
        model.walletHistory.set(r.history());
        if (r.walletKnown()) {
            Coverage c = r.coverage();
            model.coverageText.set(c.text());
            model.coverageShort.set(!c.covered());
        }
    }

    private void show(OverviewSnapshot s) {
        error.clear();
        lastSnapshot = s;
        model.coverage.setAll(OverviewFigures.coverage(wallet != null, lastReading, s));
        model.finances.setAll(OverviewFigures.finances(s.finances()));
        model.pending.setAll(OverviewFigures.pending(s));
        model.invariants.setAll(invariantLines(s.audit()));
    }

    private void show(PayoutHistory h) {
        model.paid.setAll(OverviewFigures.paid(h.paid()));
        model.perDay.set(h.perDay());
    }

    private void show(PayeeStats st) {
        model.payees.setAll(OverviewFigures.payees(st));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        BalanceBuckets b = st.buckets();
        for (int i = 0; i < b.size(); i++) {
            series.getData().add(new XYChart.Data<>(BalanceBuckets.LABELS.get(i), b.count(i)));
        }
        model.distribution.setAll(List.of(series));
    }

    static List<OverviewModel.InvariantLine> invariantLines(AuditReport audit) {
        if (audit.clean()) {
            return List.of(new OverviewModel.InvariantLine("All " + audit.checked().size() + " invariants hold", "ok-text"));
        }
        List<OverviewModel.InvariantLine> out = new java.util.ArrayList<>();
        out.add(new OverviewModel.InvariantLine(audit.violations().size() + " of " + audit.checked().size()
                + " checks fail", "danger-text"));
        for (Violation v : audit.violations()) {
            out.add(new OverviewModel.InvariantLine("✗ " + v.invariant() + "  (expected "
                    + String.format(Locale.ROOT, "%,d", v.expected()) + ", actual "
                    + String.format(Locale.ROOT, "%,d", v.actual()) + ")", "violation-name"));
            out.add(new OverviewModel.InvariantLine(v.detail(), "violation"));
        }
        return out;
    }

    /** The invariants card: its title from the FXML, then one label per line of the model. */
    private void showInvariants() {
        invariants.getChildren().remove(1, invariants.getChildren().size());
        for (OverviewModel.InvariantLine line : model.invariants) {
            Label l = new Label(line.text());
            l.getStyleClass().add(line.style());
            l.setWrapText(line.style().equals("violation"));
            invariants.getChildren().add(l);
        }
    }

    /** The wallet no longer covers what is owed: worth a desktop notification, once per drop. */
    private void notifyShort() {
        if (root.getScene() == null || root.getScene().getWindow() == null) return;
        Notifications.create()
                .title("Coverage below 100 %")
                .text("The pool wallet covers " + model.coverageText.get() + " of what is owed to miners.")
                .owner(root.getScene().getWindow())
                .hideAfter(Duration.seconds(8))
                .showWarning();
    }

    public OverviewModel model() {
        return model;
    }

    public ScrollPane root() {
        return root;
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
