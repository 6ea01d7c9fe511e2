package org.payoutdesk.app.review;

import java.math.BigInteger;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.payoutdesk.app.ViewContext;
import org.payoutdesk.app.shared.Amounts;
import org.payoutdesk.app.shared.BusyIndicator;
import org.payoutdesk.app.shared.FigureCard;
import org.payoutdesk.app.shared.LoadError;
import org.payoutdesk.app.shared.TextCell;
import org.payoutdesk.chain.SignerKind;
import org.payoutdesk.payout.BatchResult;
import org.payoutdesk.payout.Blocker;
import org.payoutdesk.payout.HeldPayment;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutPlan;
import org.payoutdesk.payout.PlannedPayment;

/**
 * The review page ({@code review/review.fxml}): reads the plan through {@link PlanService}, keeps the
 * operator's ticks in a {@link ReviewSelection}, fills the {@link ReviewModel}, asks once more before money
 * leaves, and hands the approved batch to the sending page's {@link SendingController}.
 */
public final class ReviewController {
    public static final String ID_CONFIRM_OK = "review-confirm-ok";

    private final PaymentDesk desk;
    private final boolean readOnly;
    private final PlanService planService;
    private final ReviewModel model = new ReviewModel();
    private Runnable onClose = () -> { };

    @FXML private VBox reviewPage;
    @FXML private Node sending;
    @FXML private SendingController sendingController;
    @FXML private Label subtitle;
    @FXML private BusyIndicator busy;
    @FXML private Button reload;
    @FXML private LoadError error;
    @FXML private VBox blockers;
    @FXML private Button tickAll;
    @FXML private Button tickNone;
    @FXML private TableView<PlannedPayment> table;
    @FXML private TableColumn<PlannedPayment, PlannedPayment> tickColumn;
    @FXML private TableColumn<PlannedPayment, PlannedPayment> loginColumn;
    @FXML private TableColumn<PlannedPayment, PlannedPayment> amountColumn;
    /** Shown only with the friends fork's payouts.keepNwFees: what the miner receives and the network fee kept. */
    @FXML private TableColumn<PlannedPayment, PlannedPayment> receivesColumn;
    @FXML private TableColumn<PlannedPayment, PlannedPayment> feeKeptColumn;
    @FXML private TableColumn<PlannedPayment, PlannedPayment> thresholdColumn;
    @FXML private TableColumn<PlannedPayment, PlannedPayment> reasonColumn;
    @FXML private VBox heldBox;
    @FXML private Label heldTitle;
    @FXML private TableView<HeldPayment> held;
    @FXML private TableColumn<HeldPayment, HeldPayment> heldLoginColumn;
    @FXML private TableColumn<HeldPayment, HeldPayment> heldBalanceColumn;
    @FXML private TableColumn<HeldPayment, HeldPayment> heldReasonColumn;
    @FXML private FigureCard totals;
    @FXML private CheckBox waitEach;
    @FXML private Button cancel;
    @FXML private Button send;
    @FXML private Label whyNot;

    /** Built by {@code Views}: the engine and the read-only flag come from the context. */
    public ReviewController(ViewContext ctx) {
        desk = ctx.desk();
        readOnly = ctx.readOnly() || (desk != null && desk.settings().readOnly());
        planService = desk == null ? null : new PlanService(desk);
    }

    @FXML
    private void initialize() {
        sending.setVisible(false);
        subtitle.textProperty().bind(model.subtitle());
        heldTitle.textProperty().bind(model.heldTitle());
        whyNot.textProperty().bind(model.whyNot());
        send.disableProperty().bind(model.sendable().not());
        table.setItems(model.payments());
        held.setItems(model.held());
        heldBox.visibleProperty().bind(Bindings.isNotEmpty(model.held()));
        heldBox.managedProperty().bind(heldBox.visibleProperty());
        model.blockers().addListener((javafx.collections.ListChangeListener<Blocker>) c ->
                blockers.getChildren().setAll(model.blockers().stream().map(ReviewController::blockerBanner).toList()));
        columns();
        if (planService != null) {
            busy.track(planService);
            planService.setOnSucceeded(e -> showPlan(planService.getValue()));
            planService.setOnFailed(e -> error.show("the payout plan", planService.getException()));
            reload.disableProperty().bind(planService.runningProperty());
        } else {
            reload.setDisable(true);
        }
        sendingController.setOnClose(() -> onClose.run());
        cancel.disableProperty().bind(sendingController.model().sending());
        update();
    }

    /** What FXML cannot say: each column's cell (the row itself is the value). */
    private void columns() {
        value(tickColumn);
        tickColumn.setCellFactory(c -> new TickCell());
        text(loginColumn, PlannedPayment::login, null, "mono");
        text(amountColumn, p -> Amounts.eth(p.amount()), p -> Amounts.shannonHint(p.amount()), Amounts.STYLE);
        text(receivesColumn, p -> Amounts.eth(receivesWei(p)), p -> Amounts.weiHint(receivesWei(p)), Amounts.STYLE);
        text(feeKeptColumn, p -> Amounts.eth(feeKeptWei()), p -> "payouts.keepNwFees: "
                + Amounts.weiHint(feeKeptWei()) + " kept from the amount for the network fee", Amounts.STYLE);
        text(thresholdColumn, p -> (p.perMinerThreshold() ? "own " : "global ") + Amounts.eth(p.threshold()),
                p -> Amounts.shannonHint(p.threshold()), "amount");
        text(reasonColumn, PlannedPayment::reason, PlannedPayment::reason);
        text(heldLoginColumn, HeldPayment::login, HeldPayment::login, "mono", "flagged-login");
        text(heldBalanceColumn, h -> Amounts.eth(h.balance()), h -> Amounts.shannonHint(h.balance()), Amounts.STYLE);
        text(heldReasonColumn, HeldPayment::reason, HeldPayment::reason, "flag-cell");
    }

    /** What the miner receives under the plan on show (the whole amount when there is none yet). */
    private java.math.BigInteger receivesWei(PlannedPayment p) {
        ReviewSelection s = model.selection().get();
        return s == null ? org.payoutdesk.money.Shannon.toWei(p.amount()) : s.plan().receivesWei(p);
    }

    private java.math.BigInteger feeKeptWei() {
        ReviewSelection s = model.selection().get();
        return s == null ? java.math.BigInteger.ZERO : s.plan().txChargeWei();
    }

    private static <M> void value(TableColumn<M, M> c) {
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
    }

    private static <M> void text(TableColumn<M, M> c, java.util.function.Function<M, String> text,
                                 java.util.function.Function<M, String> hint, String... styles) {
        value(c);
        c.setCellFactory(col -> new TextCell<>(text, hint, null, styles));
    }

    /** @param afterBatch told on the JavaFX thread when a batch ended (null when it failed outright) */
    public void setAfterBatch(Consumer<BatchResult> afterBatch) {
        sendingController.setAfterBatch(afterBatch);
    }

    /** Closes the window that holds the review (Cancel, Close, Esc). */
    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    /** Reads the plan again (in the background); the ticks start all on. */
    public void load() {
        if (planService == null) {
            update();
            return;
        }
        error.clear();
        planService.restart();
    }

    /** Back to the review with a fresh plan (after a batch, or when opened again). */
    public void reset() {
        if (sending()) return;
        sending.setVisible(false);
        reviewPage.setVisible(true);
        model.selection().set(null);
        model.payments().clear();
        model.held().clear();
        update();
        load();
    }

    private void showPlan(PayoutPlan plan) {
        model.selection().set(new ReviewSelection(plan));
        receivesColumn.setVisible(plan.keepNwFees());
        feeKeptColumn.setVisible(plan.keepNwFees());
        model.payments().setAll(plan.payments());
        model.held().setAll(plan.held());
        model.heldTitle().set("Held back (" + plan.held().size() + "): not paid, each for the reason shown");
        model.subtitle().set(plan.payments().size() + " to pay, " + plan.held().size() + " held, block "
                + plan.node().blockNumber() + ", chain " + plan.node().chainId());
        update();
    }

    /** The ticks changed (or the plan did): totals, blockers and whether Approve and send is on. */
    private void update() {
        ReviewSelection s = model.selection().get();
        String why = s == null ? (desk == null ? "No payout engine: start Payout Desk with the pool's config to pay."
                : "Reading the plan…") : s.whyNotSend(readOnly, desk != null);
        model.sendable().set(why == null);
        model.whyNot().set(why == null ? "Asks once more before anything is sent." : why);
        model.totals().set(s == null ? null : s.totals());
        model.blockers().setAll(s == null ? java.util.List.of() : s.blockers());
        showTotals(model.totals().get());
    }

    private void showTotals(ReviewTotals t) {
        totals.clear();
        ReviewSelection s = model.selection().get();
        if (t == null || s == null) return;
        totals.value("review-count", "Payments", t.count() + " of " + s.plan().payments().size());
        totals.amount("review-total", "Total", t.totalShannon());
        wei("review-gas", "Estimated gas", t.gasWei(), t.count() + " × " + ConfirmText.wei(s.plan().gasPerPaymentWei()));
        wei("review-wallet", "Wallet now", t.walletWei(), null);
        Label after = wei("review-wallet-after", "Wallet after", t.walletAfterWei(), null);
        if (t.walletShort()) after.getStyleClass().add("danger-text");
    }

    /** A wei figure with 9 decimals like every amount; the exact wei on hover. */
    private Label wei(String id, String name, BigInteger wei, String hint) {
        Label v = totals.value(id, name, Amounts.ethRounded(wei));
        v.getStyleClass().add(Amounts.STYLE);
        v.setMinWidth(Region.USE_PREF_SIZE);
        v.setTooltip(new Tooltip(ConfirmText.wei(wei) + (hint == null ? "" : " = " + hint)));
        return v;
    }

    private static Label blockerBanner(Blocker b) {
        Label l = new Label(b.message() + "\n" + b.remedy(), new FontIcon(Feather.X_OCTAGON));
        l.setId("blocker-" + b.kind().name().toLowerCase(Locale.ROOT));
        l.getStyleClass().addAll("banner", "blocker");
        l.setWrapText(true);
        // Never squeeze the remedy away: the table gives up space, the blocker does not.
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    @FXML
    private void onPlanAgain() {
        load();
    }

    @FXML
    private void onTickAll() {
        tick(true);
    }

    @FXML
    private void onTickNone() {
        tick(false);
    }

    /** Ticks the first {@code n} payments of the plan and unticks the rest (as unticking by hand; the window bench). */
    public void tickFirst(int n) {
        ReviewSelection s = model.selection().get();
        if (s == null) return;
        s.tickNone();
        s.plan().payments().stream().limit(n).forEach(p -> s.tick(p, true));
        table.refresh();
        update();
    }

    private void tick(boolean on) {
        ReviewSelection s = model.selection().get();
        if (s == null) return;
        if (on) s.tickAll(); else s.tickNone();
        table.refresh();
        update();
    }

    @FXML
    private void onCancel() {
        onClose.run();
    }

    /** Approve and send: the last question, every money figure spelled out; Enter must not send. */
    @FXML
    private void onSend() {
        ReviewSelection s = model.selection().get();
        if (s == null || !s.canSend(readOnly, desk != null)) return;
        ReviewTotals t = s.totals();
        String signer = desk.signer().kind() == SignerKind.KEYSTORE ? "the local keystore" : "the node's account (eth_sendTransaction)";
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle("Approve and send");
        alert.setHeaderText("Last check before money leaves the pool wallet");
        Label body = new Label(ConfirmText.of(t, desk.settings().poolAddress(), signer, s.plan().node().chainId()));
        body.setId("review-confirm-text");
        body.getStyleClass().add("mono");
        body.setMinWidth(Region.USE_PREF_SIZE); // every figure whole, never ellipsized
        body.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        alert.getDialogPane().setContent(body);
        if (send.getScene() != null) {
            alert.initOwner(send.getScene().getWindow());
            alert.getDialogPane().getStylesheets().addAll(send.getScene().getStylesheets());
        }
        Button ok = (Button) alert.getDialogPane().lookupButton(ButtonType.OK);
        // No mnemonic on purpose: no single keystroke sends money.
        ok.setMnemonicParsing(false);
        ok.setText("Send " + t.count() + " payment" + (t.count() == 1 ? "" : "s"));
        ok.setId(ID_CONFIRM_OK);
        ok.setDefaultButton(false); // Enter must not send money
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        alert.setOnHidden(e -> {
            if (alert.getResult() == ButtonType.OK) startBatch(s);
        });
        alert.show();
    }

    private void startBatch(ReviewSelection s) {
        reviewPage.setVisible(false);
        sending.setVisible(true);
        sendingController.start(s.approvedPlan(), s.ticked(), waitEach.isSelected());
    }

    private final class TickCell extends TableCell<PlannedPayment, PlannedPayment> {
        private final CheckBox box = new CheckBox();

        TickCell() {
            setAlignment(Pos.CENTER);
            box.setOnAction(e -> {
                PlannedPayment p = getItem();
                ReviewSelection s = model.selection().get();
                if (p == null || s == null) return;
                s.tick(p, box.isSelected());
                update();
            });
        }

        @Override
        protected void updateItem(PlannedPayment item, boolean empty) {
            super.updateItem(item, empty);
            ReviewSelection s = model.selection().get();
            if (empty || item == null || s == null) {
                setGraphic(null);
                box.setId(null);
                return;
            }
            box.setId("tick-" + item.login());
            box.setSelected(s.isTicked(item));
            setGraphic(box);
        }
    }

    // ---------------------------------------------------------------- for the window and tests

    public ReviewModel model() { return model; }

    public SendingController sendingController() { return sendingController; }

    public boolean sending() { return sendingController.model().sending().get(); }

    public boolean waitEachSelected() { return waitEach.isSelected(); }

    public PlanService planService() { return planService; }

    public Button sendButton() { return send; }

    public TableView<PlannedPayment> table() { return table; }

    public TableView<HeldPayment> heldTable() { return held; }

    /** The window is closing: stop after this payment and say so on the sending page. */
    public void stopAndClose() { sendingController.stopAndClose(); }

    public void stopAfterThisPayment() { sendingController.stopAfterThisPayment(); }
}
