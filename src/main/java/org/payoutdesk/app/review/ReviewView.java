package org.payoutdesk.app.review;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.payoutdesk.app.shared.Amounts;
import org.payoutdesk.app.shared.BusyIndicator;
import org.payoutdesk.app.shared.Columns;
import org.payoutdesk.app.shared.FigureCard;
import org.payoutdesk.app.shared.LoadError;
import org.payoutdesk.app.shared.ViewHeader;
import org.payoutdesk.chain.SignerKind;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.BatchResult;
import org.payoutdesk.payout.Blocker;
import org.payoutdesk.payout.HeldPayment;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutPlan;
import org.payoutdesk.payout.PlannedPayment;
import org.payoutdesk.payout.ReceiptCheck;

/**
 * Review payout, then Approve and send: the plan's rows with a tick each, what is held back, the
 * blocking problems with their remedy, live totals; then the sending page with progress, a live log,
 * "Stop after this payment", and the receipts followed afterwards. The engine runs off the JavaFX thread.
 */
public final class ReviewView extends StackPane {
    public static final String ID_TABLE = "review-table";
    public static final String ID_HELD = "review-held";
    public static final String ID_BLOCKERS = "review-blockers";
    public static final String ID_SEND = "review-send";
    public static final String ID_WHY_NOT = "review-why-not";
    public static final String ID_WAIT_EACH = "review-wait-each";
    public static final String ID_TICK_ALL = "review-tick-all";
    public static final String ID_TICK_NONE = "review-tick-none";
    public static final String ID_CONFIRM_OK = "review-confirm-ok";
    public static final String ID_STOP = "review-stop";
    public static final String ID_PROGRESS = "review-progress";
    public static final String ID_CURRENT = "review-current";
    public static final String ID_COUNTS = "review-counts";
    public static final String ID_ETA = "review-eta";
    public static final String ID_LOG = "review-log";
    public static final String ID_SUMMARY = "review-summary";
    public static final String ID_RECEIPTS = "review-receipts";
    public static final String ID_CLOSE = "review-close";
    public static final String ID_SENDING_TITLE = "review-sending-title";
    /** Log lines kept on screen; the full log is in the log file. */
    static final int LOG_LIMIT = 2_000;

    private final PaymentDesk desk;
    private final boolean readOnly;
    private final Consumer<BatchResult> afterBatch;
    private final PlanService planService;
    private final Runnable close;

    private final VBox reviewPage = new VBox(10);
    private final VBox sendingPage = new VBox(10);
    private final TableView<PlannedPayment> table = new TableView<>();
    private final TableView<HeldPayment> held = new TableView<>();
    private final Label heldTitle = new Label();
    private final VBox blockersBox = new VBox(6);
    private final FigureCard totalsCard = new FigureCard("Ticked payments");
    private final CheckBox waitEach = new CheckBox("Wait for each transaction to be mined");
    private final Button send = new Button("Approve and send…", new FontIcon(Feather.SEND));
    private final Label whyNot = new Label();
    private final LoadError error = new LoadError();
    private final ViewHeader header;

    private final ProgressBar progress = new ProgressBar(0);
    private final Label current = new Label();
    private final Label counts = new Label();
    private final Label eta = new Label();
    private final ListView<String> log = new ListView<>();
    private final Button stop = new Button("Stop after this payment", new FontIcon(Feather.PAUSE_CIRCLE));
    private final Label summary = new Label();
    private final Label receipts = new Label();
    private final ListView<String> receiptList = new ListView<>();
    private final Button closeButton = new Button("Close");
    private final Label sendingTitle = new Label();
    private final BooleanProperty sending = new SimpleBooleanProperty();
    private final javafx.beans.property.ObjectProperty<BatchProgress> progressShown = new javafx.beans.property.SimpleObjectProperty<>();

    private ReviewSelection selection;
    private AtomicBoolean stopFlag;
    private volatile RunningBatch running;
    private BatchResult result;
    private List<ReceiptCheck> receiptChecks;

    /**
     * @param desk        the payout engine; null shows the review disabled
     * @param afterBatch  told on the JavaFX thread when a batch ended (null when it failed outright)
     * @param close       closes the window that holds this view
     */
    public ReviewView(PaymentDesk desk, boolean readOnly, Consumer<BatchResult> afterBatch, Runnable close) {
        this.desk = desk;
        this.readOnly = readOnly;
        this.afterBatch = afterBatch;
        this.close = close;
        getStyleClass().addAll("view", "review");
        planService = desk == null ? null : new PlanService(desk);
        BusyIndicator busy = new BusyIndicator();
        Button reload = new Button("Plan again", new FontIcon(Feather.REFRESH_CW));
        reload.setId("review-reload");
        reload.setOnAction(e -> load());
        header = new ViewHeader("Review payout", busy, reload);
        if (planService != null) {
            busy.track(planService);
            planService.setOnSucceeded(e -> showPlan(planService.getValue()));
            planService.setOnFailed(e -> error.show("the payout plan", planService.getException()));
            reload.disableProperty().bind(planService.runningProperty());
        } else {
            reload.setDisable(true);
        }
        buildReviewPage();
        buildSendingPage();
        sendingPage.setVisible(false);
        getChildren().addAll(reviewPage, sendingPage);
        updateTotals();
    }

    // ---------------------------------------------------------------- review page

    private void buildReviewPage() {
        reviewPage.setPadding(new Insets(16));
        blockersBox.setId(ID_BLOCKERS);

        table.setId(ID_TABLE);
        table.setFixedCellSize(28);
        table.setPlaceholder(new Label("Nobody is over the threshold: nothing to pay."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PlannedPayment, PlannedPayment> tick = new TableColumn<>("Pay");
        tick.setPrefWidth(48);
        tick.setSortable(false);
        tick.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyObjectWrapper<>(f.getValue()));
        tick.setCellFactory(c -> new TickCell());
        TableColumn<PlannedPayment, PlannedPayment> login = Columns.text("Login", 340, PlannedPayment::login,
                null, null, null, "mono");
        TableColumn<PlannedPayment, PlannedPayment> amount = Columns.amount("Amount (ETH)", 150,
                p -> Amounts.eth(p.amount()), PlannedPayment::amount);
        amount.setSortable(false);
        TableColumn<PlannedPayment, PlannedPayment> threshold = Columns.text("Threshold", 170,
                p -> (p.perMinerThreshold() ? "own " : "global ") + Amounts.eth(p.threshold()),
                p -> Amounts.shannonHint(p.threshold()), null, null, "amount");
        TableColumn<PlannedPayment, PlannedPayment> reason = Columns.text("Reason", 300, PlannedPayment::reason,
                PlannedPayment::reason, null, null);
        table.getColumns().setAll(List.of(tick, login, amount, threshold, reason));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button all = new Button("Tick all");
        all.setId(ID_TICK_ALL);
        all.setOnAction(e -> tickAll(true));
        Button none = new Button("Tick none");
        none.setId(ID_TICK_NONE);
        none.setOnAction(e -> tickAll(false));
        Label paymentsTitle = new Label("Planned payments");
        paymentsTitle.getStyleClass().add("section-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox tickRow = new HBox(8, paymentsTitle, gap, all, none);
        tickRow.setAlignment(Pos.CENTER_LEFT);

        held.setId(ID_HELD);
        held.setFixedCellSize(28);
        held.setPrefHeight(28 * 4 + 30);
        held.setMinHeight(28 * 2 + 30);
        held.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        held.getColumns().setAll(List.of(
                Columns.text("Login", 340, HeldPayment::login, HeldPayment::login, null, null, "mono", "flagged-login"),
                Columns.amount("Balance (ETH)", 150, h -> Amounts.eth(h.balance()), HeldPayment::balance),
                Columns.text("Held because", 460, HeldPayment::reason, HeldPayment::reason, null, null, "flag-cell")));
        held.getColumns().forEach(c -> c.setSortable(false));
        heldTitle.getStyleClass().add("section-title");
        VBox heldBox = new VBox(6, heldTitle, held);
        heldBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(held.getItems()));
        heldBox.managedProperty().bind(heldBox.visibleProperty());

        totalsCard.setMinWidth(420);
        send.setId(ID_SEND);
        send.getStyleClass().add("accent");
        send.setDefaultButton(false);
        send.setOnAction(e -> confirm());
        waitEach.setId(ID_WAIT_EACH);
        waitEach.setTooltip(new Tooltip("As the pool does: slower, but each payment is on chain before the next is sent."));
        whyNot.setId(ID_WHY_NOT);
        whyNot.getStyleClass().add("muted");
        whyNot.setWrapText(true);
        VBox actions = new VBox(10, waitEach, send, whyNot);
        actions.setAlignment(Pos.BOTTOM_RIGHT);
        actions.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(actions, Priority.ALWAYS);
        HBox bottom = new HBox(16, totalsCard, actions);
        bottom.setAlignment(Pos.BOTTOM_LEFT);

        reviewPage.getChildren().addAll(header, error, blockersBox, tickRow, table, heldBox, bottom);
    }

    /** Reads the plan again (in the background); the ticks start all on. */
    public void load() {
        if (planService == null) {
            whyNot.setText(selectionWhyNot());
            return;
        }
        error.clear();
        planService.restart();
    }

    private void showPlan(PayoutPlan plan) {
        selection = new ReviewSelection(plan);
        table.getItems().setAll(plan.payments());
        held.getItems().setAll(plan.held());
        heldTitle.setText("Held back (" + plan.held().size() + "): not paid, each for the reason shown");
        header.subtitle().setText(plan.payments().size() + " to pay, " + plan.held().size() + " held, block "
                + plan.node().blockNumber() + ", chain " + plan.node().chainId());
        updateTotals();
    }

    private void tickAll(boolean on) {
        if (selection == null) return;
        if (on) selection.tickAll(); else selection.tickNone();
        table.refresh();
        updateTotals();
    }

    private final class TickCell extends TableCell<PlannedPayment, PlannedPayment> {
        private final CheckBox box = new CheckBox();

        TickCell() {
            setAlignment(Pos.CENTER);
            box.setOnAction(e -> {
                PlannedPayment p = getItem();
                if (p == null || selection == null) return;
                selection.tick(p, box.isSelected());
                updateTotals();
            });
        }

        @Override
        protected void updateItem(PlannedPayment item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || selection == null) {
                setGraphic(null);
                box.setId(null);
                return;
            }
            box.setId("tick-" + item.login());
            box.setSelected(selection.isTicked(item));
            setGraphic(box);
        }
    }

    private String selectionWhyNot() {
        if (selection == null) return desk == null ? "No payout engine: start Payout Desk with the pool's config to pay."
                : "Reading the plan…";
        return selection.whyNotSend(readOnly, desk != null);
    }

    private void updateTotals() {
        totalsCard.clear();
        blockersBox.getChildren().clear();
        String why = selectionWhyNot();
        send.setDisable(why != null);
        whyNot.setText(why == null ? "Asks once more before anything is sent." : why);
        if (selection == null) return;
        ReviewTotals t = selection.totals();
        totalsCard.value("review-count", "Payments", t.count() + " of " + selection.plan().payments().size());
        totalsCard.amount("review-total", "Total", t.totalShannon());
        wei("review-gas", "Estimated gas", t.gasWei(), t.count() + " × " + ConfirmText.wei(selection.plan().gasPerPaymentWei()));
        wei("review-wallet", "Wallet now", t.walletWei(), null);
        Label after = wei("review-wallet-after", "Wallet after", t.walletAfterWei(), null);
        if (t.walletShort()) after.getStyleClass().add("danger-text");
        for (Blocker b : selection.blockers()) blockersBox.getChildren().add(blockerBanner(b));
    }

    private Label wei(String id, String name, BigInteger wei, String hint) {
        Label v = totalsCard.value(id, name, Shannon.formatWeiAsEth(wei) + " ETH");
        v.getStyleClass().add(Amounts.STYLE);
        v.setTooltip(new Tooltip(ConfirmText.wei(wei) + (hint == null ? "" : " = " + hint)));
        return v;
    }

    private static Label blockerBanner(Blocker b) {
        Label l = new Label(b.message() + "\n" + b.remedy(), new FontIcon(Feather.X_OCTAGON));
        l.setId("blocker-" + b.kind().name().toLowerCase(java.util.Locale.ROOT));
        l.getStyleClass().addAll("banner", "blocker");
        l.setWrapText(true);
        // Never squeeze the remedy away: the table gives up space, the blocker does not.
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    // ---------------------------------------------------------------- approve and send

    private void confirm() {
        if (selection == null || !selection.canSend(readOnly, desk != null)) return;
        ReviewTotals t = selection.totals();
        String signer = desk.signer().kind() == SignerKind.KEYSTORE ? "the local keystore" : "the node's account (eth_sendTransaction)";
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle("Approve and send");
        alert.setHeaderText("Last check before money leaves the pool wallet");
        Label body = new Label(ConfirmText.of(t, desk.settings().poolAddress(), signer, selection.plan().node().chainId()));
        body.setId("review-confirm-text");
        body.getStyleClass().add("mono");
        body.setMinWidth(Region.USE_PREF_SIZE); // every figure whole, never ellipsized
        body.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        alert.getDialogPane().setContent(body);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
            alert.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        }
        Button ok = (Button) alert.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Send " + t.count() + " payment" + (t.count() == 1 ? "" : "s"));
        ok.setId(ID_CONFIRM_OK);
        ok.setDefaultButton(false); // Enter must not send money
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        alert.setOnHidden(e -> {
            if (alert.getResult() == ButtonType.OK) startBatch();
        });
        alert.show();
    }

    private void buildSendingPage() {
        sendingPage.setPadding(new Insets(16));
        sendingTitle.getStyleClass().add("view-title");
        sendingTitle.setId(ID_SENDING_TITLE);
        progress.setId(ID_PROGRESS);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setMinHeight(Region.USE_PREF_SIZE);
        current.setId(ID_CURRENT);
        current.getStyleClass().add("mono");
        counts.setId(ID_COUNTS);
        eta.setId(ID_ETA);
        eta.getStyleClass().add("muted");
        log.setId(ID_LOG);
        log.getStyleClass().add("batch-log");
        log.setFixedCellSize(22);
        VBox.setVgrow(log, Priority.ALWAYS);
        stop.setId(ID_STOP);
        stop.setOnAction(e -> stopAfterThisPayment());
        summary.setId(ID_SUMMARY);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("batch-summary");
        receipts.setId(ID_RECEIPTS);
        receiptList.setId("review-receipt-list");
        receiptList.getStyleClass().add("batch-log");
        receiptList.setPrefHeight(160);
        receiptList.setFixedCellSize(22);
        receiptList.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(receiptList.getItems()));
        receiptList.managedProperty().bind(receiptList.visibleProperty());
        closeButton.setId(ID_CLOSE);
        closeButton.setOnAction(e -> close.run());
        closeButton.disableProperty().bind(sending);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, stop, gap, closeButton);
        HBox figures = new HBox(24, counts, eta);
        sendingPage.getChildren().addAll(sendingTitle, progress, current, figures, log, summary, receipts, receiptList, buttons);
    }

    private void startBatch() {
        PayoutPlan plan = selection.approvedPlan();
        List<PlannedPayment> approved = selection.ticked();
        stopFlag = new AtomicBoolean();
        result = null;
        receiptChecks = null;
        log.getItems().clear();
        receiptList.getItems().clear();
        summary.setText(null);
        summary.getStyleClass().removeAll("danger-text", "ok-text");
        receipts.setText(null);
        progress.setProgress(0);
        progressShown.set(null);
        current.setText("Starting…");
        counts.setText("0 paid · 0 skipped · " + approved.size() + " to go");
        eta.setText("ETA " + BatchEta.text(java.util.Optional.empty()));
        stop.setDisable(false);
        stop.setVisible(true);
        stop.setText("Stop after this payment");
        sendingTitle.setText("Sending payout…");
        reviewPage.setVisible(false);
        sendingPage.setVisible(true);
        sending.set(true);
        CoalescingBatchListener listener = new CoalescingBatchListener(Platform::runLater, this::showProgress);
        SendBatchTask task = new SendBatchTask(desk, plan, approved, waitEach.isSelected(), stopFlag, listener);
        task.setOnSucceeded(e -> batchDone(task.getValue()));
        task.setOnFailed(e -> batchFailed(task.getException()));
        running = RunningBatch.start(task, stopFlag, approved.size());
    }

    /** As the Stop button: the engine stops before the next payment; the one in flight finishes. */
    public void stopAfterThisPayment() {
        if (stopFlag != null) stopFlag.set(true);
        stop.setDisable(true);
        stop.setText("Stopping after this payment…");
    }

    /** The window is closing: stop after this payment and say on this page that Payout Desk closes then. */
    public void stopAndClose() {
        stopAfterThisPayment();
        if (sending.get()) sendingTitle.setText("Stopping after this payment, then closing Payout Desk…");
    }

    private void showProgress(BatchProgress p) {
        progressShown.set(p);
        progress.setProgress(p.fraction());
        current.setText(p.current() == null ? "" : "Paying " + p.current());
        counts.setText(p.paid() + " paid · " + p.skipped() + " skipped · " + Math.max(0, p.total() - p.finished())
                + " to go · " + Amounts.ethWithUnit(p.paidShannon()) + " sent");
        eta.setText("ETA " + BatchEta.text(p.eta()));
        if (!p.newLog().isEmpty()) {
            log.getItems().addAll(p.newLog());
            int over = log.getItems().size() - LOG_LIMIT;
            if (over > 0) log.getItems().remove(0, over);
            log.scrollTo(log.getItems().size() - 1);
        }
    }

    private void batchDone(BatchResult r) {
        result = r;
        sending.set(false);
        stop.setDisable(true);
        stop.setVisible(false);
        current.setText("");
        int total = r.paid().size() + r.skipped().size() + r.notAttempted() + (r.halted() ? 1 : 0);
        progress.setProgress(total == 0 ? 1 : (double) (r.paid().size() + r.skipped().size()) / total);
        String text = "Paid " + r.paid().size() + " (" + Amounts.ethWithUnit(r.paidShannon()) + ", "
                + Amounts.shannonHint(r.paidShannon()) + "), skipped " + r.skipped().size()
                + (r.notAttempted() > 0 ? ", not attempted " + r.notAttempted() : "") + ".";
        sendingTitle.setText(r.halted() ? "Payout halted" : r.stopped() ? "Payout stopped" : "Payout sent");
        if (r.halted()) {
            text += "\nHALTED on " + r.haltedOn() + ": " + r.lastFail();
            summary.getStyleClass().add("danger-text");
        } else if (r.stopped()) {
            text += "\nStopped by the operator; the rest stays for the next batch.";
        } else {
            summary.getStyleClass().add("ok-text");
        }
        for (var s : r.skipped()) log.getItems().add("Skipped " + s.login() + ": " + s.reason());
        summary.setText(text);
        eta.setText(null);
        if (afterBatch != null) afterBatch.accept(r);
        followReceipts(r);
    }

    private void batchFailed(Throwable e) {
        sending.set(false);
        stop.setDisable(true);
        stop.setVisible(false);
        current.setText("");
        summary.getStyleClass().add("danger-text");
        sendingTitle.setText("Payout not sent");
        summary.setText("The batch did not run: " + (e == null ? "unknown error" : e.getMessage())
                + "\nCheck Pending before trying again.");
        if (afterBatch != null) afterBatch.accept(null);
    }

    private void followReceipts(BatchResult r) {
        if (r.paid().isEmpty()) {
            receipts.setText("No transaction to follow.");
            receiptChecks = List.of();
            return;
        }
        receipts.setText("Following " + r.paid().size() + " receipt(s)…");
        Duration limit = desk.settings().receiptTimeout() == null ? Duration.ofMinutes(2) : desk.settings().receiptTimeout();
        FollowReceiptsTask task = new FollowReceiptsTask(desk, r.paid(), limit);
        task.setOnSucceeded(e -> {
            receiptChecks = task.getValue();
            receipts.setText("Receipts: " + ReceiptSummary.of(receiptChecks).text());
            List<String> lines = new ArrayList<>();
            for (ReceiptCheck c : receiptChecks) {
                lines.add(c.status() + "  " + c.payment().login() + "  " + Amounts.ethWithUnit(c.payment().amount())
                        + "  " + c.payment().txHash() + (c.block().isPresent() ? "  block " + c.block().getAsLong() : ""));
            }
            receiptList.getItems().setAll(lines);
        });
        task.setOnFailed(e -> receipts.setText("Could not follow the receipts: " + task.getException().getMessage()
                + ". Pending and Payments show where each payment stands."));
        Thread t = new Thread(task, "payout-receipts");
        t.setDaemon(true);
        t.start();
    }

    /** Back to the review with a fresh plan (after a batch, or when opened again). */
    public void reset() {
        if (sending.get()) return;
        sendingPage.setVisible(false);
        reviewPage.setVisible(true);
        selection = null;
        table.getItems().clear();
        held.getItems().clear();
        updateTotals();
        load();
    }

    public boolean sending() {
        return sending.get();
    }

    public BooleanProperty sendingProperty() {
        return sending;
    }

    /** True once the operator asked to stop after the payment in flight. */
    public boolean stopAsked() {
        return stopFlag != null && stopFlag.get();
    }

    public boolean waitEachSelected() {
        return waitEach.isSelected();
    }

    /** The batch sent last (its thread may have returned); null before the first. */
    public RunningBatch runningBatch() {
        return running;
    }

    /** The progress last shown on the sending page; null until the batch's first event. */
    public javafx.beans.value.ObservableValue<BatchProgress> progressShown() {
        return progressShown;
    }

    // ---------------------------------------------------------------- for tests and the window

    public ReviewSelection selection() { return selection; }

    public PlanService planService() { return planService; }

    public Button sendButton() { return send; }

    public TableView<PlannedPayment> table() { return table; }

    public TableView<HeldPayment> heldTable() { return held; }

    public BatchResult result() { return result; }

    public List<ReceiptCheck> receiptChecks() { return receiptChecks; }

    public ListView<String> log() { return log; }
}
