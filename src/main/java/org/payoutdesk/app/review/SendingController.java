package org.payoutdesk.app.review;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import org.payoutdesk.app.ViewContext;
import org.payoutdesk.app.shared.Amounts;
import org.payoutdesk.payout.BatchResult;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutPlan;
import org.payoutdesk.payout.PlannedPayment;
import org.payoutdesk.payout.ReceiptCheck;

/**
 * The sending page ({@code review/sending.fxml}): runs the approved batch through {@link SendBatchTask} off the
 * JavaFX thread, shows its progress and log through the {@link SendingModel}, then follows the receipts and
 * tells the desktop how the batch ended.
 */
public final class SendingController {
    /** Log lines kept on screen; the full log is in the log file. */
    static final int LOG_LIMIT = 2_000;
    static final String STOP = "Stop after this payment";

    private final PaymentDesk desk;
    private final SendingModel model = new SendingModel();
    private Consumer<BatchResult> afterBatch = r -> { };
    private Runnable onClose = () -> { };
    private AtomicBoolean stopFlag;
    private volatile RunningBatch running;
    private BatchResult result;
    private List<ReceiptCheck> receiptChecks;

    @FXML private Label title;
    @FXML private ProgressBar progress;
    @FXML private Label current;
    @FXML private Label counts;
    @FXML private Label eta;
    @FXML private ListView<String> log;
    @FXML private Label summary;
    @FXML private Label receipts;
    @FXML private ListView<String> receiptList;
    @FXML private Button stop;
    @FXML private Button close;

    public SendingController(ViewContext ctx) {
        desk = ctx.desk();
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(model.title());
        progress.progressProperty().bind(model.progress());
        current.textProperty().bind(model.current());
        counts.textProperty().bind(model.counts());
        eta.textProperty().bind(model.eta());
        log.setItems(model.log());
        summary.textProperty().bind(model.summary());
        model.tone().addListener((o, was, tone) -> {
            summary.getStyleClass().removeAll("danger-text", "ok-text");
            if (tone == SendingModel.Tone.OK) summary.getStyleClass().add("ok-text");
            if (tone == SendingModel.Tone.DANGER) summary.getStyleClass().add("danger-text");
        });
        receipts.textProperty().bind(model.receipts());
        receiptList.setItems(model.receiptLines());
        receiptList.visibleProperty().bind(Bindings.isNotEmpty(model.receiptLines()));
        receiptList.managedProperty().bind(receiptList.visibleProperty());
        stop.textProperty().bind(model.stopText());
        stop.visibleProperty().bind(model.stopOffered());
        stop.disableProperty().bind(model.stopOffered().not().or(model.stopAsked()));
        close.disableProperty().bind(model.sending());
    }

    /** @param afterBatch told on the JavaFX thread when a batch ended (null when it failed outright) */
    void setAfterBatch(Consumer<BatchResult> afterBatch) {
        this.afterBatch = afterBatch == null ? r -> { } : afterBatch;
    }

    void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    /** Sends {@code approved} of {@code plan}; the page shows it from now on. */
    void start(PayoutPlan plan, List<PlannedPayment> approved, boolean waitEach) {
        stopFlag = new AtomicBoolean();
        result = null;
        receiptChecks = null;
        model.log().clear();
        model.receiptLines().clear();
        model.summary().set(null);
        model.tone().set(SendingModel.Tone.PLAIN);
        model.receipts().set(null);
        model.progress().set(0);
        model.shown().set(null);
        model.current().set("Starting…");
        model.counts().set("0 paid · 0 skipped · " + approved.size() + " to go");
        model.eta().set("ETA " + BatchEta.text(Optional.empty()));
        model.stopAsked().set(false);
        model.stopOffered().set(true);
        model.stopText().set(STOP);
        model.title().set("Sending payout…");
        model.sending().set(true);
        CoalescingBatchListener listener = new CoalescingBatchListener(Platform::runLater, this::showProgress);
        SendBatchTask task = new SendBatchTask(desk, plan, approved, waitEach, stopFlag, listener);
        task.setOnSucceeded(e -> batchDone(task.getValue()));
        task.setOnFailed(e -> batchFailed(task.getException()));
        running = RunningBatch.start(task, stopFlag, approved.size());
    }

    @FXML
    private void onStop() {
        stopAfterThisPayment();
    }

    @FXML
    private void onClose() {
        onClose.run();
    }

    /** As the Stop button: the engine stops before the next payment; the one in flight finishes. */
    void stopAfterThisPayment() {
        if (stopFlag != null) stopFlag.set(true);
        model.stopAsked().set(true);
        model.stopText().set("Stopping after this payment…");
    }

    /** The window is closing: stop after this payment and say on this page that Payout Desk closes then. */
    void stopAndClose() {
        stopAfterThisPayment();
        if (model.sending().get()) model.title().set("Stopping after this payment, then closing Payout Desk…");
    }

    private void showProgress(BatchProgress p) {
        model.shown().set(p);
        model.progress().set(p.fraction());
        model.current().set(p.current() == null ? "" : "Paying " + p.current());
        model.counts().set(p.paid() + " paid · " + p.skipped() + " skipped · " + Math.max(0, p.total() - p.finished())
                + " to go · " + Amounts.ethWithUnit(p.paidShannon()) + " sent");
        model.eta().set("ETA " + BatchEta.text(p.eta()));
        if (!p.newLog().isEmpty()) {
            model.log().addAll(p.newLog());
            int over = model.log().size() - LOG_LIMIT;
            if (over > 0) model.log().remove(0, over);
            log.scrollTo(model.log().size() - 1);
        }
    }

    private void ended() {
        model.sending().set(false);
        model.stopOffered().set(false);
        model.current().set("");
    }

    private void batchDone(BatchResult r) {
        result = r;
        ended();
        int total = r.paid().size() + r.skipped().size() + r.notAttempted() + (r.halted() ? 1 : 0);
        model.progress().set(total == 0 ? 1 : (double) (r.paid().size() + r.skipped().size()) / total);
        String text = "Paid " + r.paid().size() + " (" + Amounts.ethWithUnit(r.paidShannon()) + ", "
                + Amounts.shannonHint(r.paidShannon()) + "), skipped " + r.skipped().size()
                + (r.notAttempted() > 0 ? ", not attempted " + r.notAttempted() : "") + ".";
        model.title().set(r.halted() ? "Payout halted" : r.stopped() ? "Payout stopped" : "Payout sent");
        if (r.halted()) {
            text += "\nHALTED on " + r.haltedOn() + ": " + r.lastFail();
            model.tone().set(SendingModel.Tone.DANGER);
        } else if (r.stopped()) {
            text += "\nStopped by the operator; the rest stays for the next batch.";
        } else {
            model.tone().set(SendingModel.Tone.OK);
        }
        for (var s : r.skipped()) model.log().add("Skipped " + s.login() + ": " + s.reason());
        model.summary().set(text);
        model.eta().set(null);
        afterBatch.accept(r);
        if (title.getScene() != null) BatchNotice.show(r, title.getScene().getWindow());
        followReceipts(r);
    }

    private void batchFailed(Throwable e) {
        ended();
        model.tone().set(SendingModel.Tone.DANGER);
        model.title().set("Payout not sent");
        model.summary().set("The batch did not run: " + (e == null ? "unknown error" : e.getMessage())
                + "\nCheck Pending before trying again.");
        afterBatch.accept(null);
    }

    private void followReceipts(BatchResult r) {
        if (r.paid().isEmpty()) {
            model.receipts().set("No transaction to follow.");
            receiptChecks = List.of();
            return;
        }
        model.receipts().set("Following " + r.paid().size() + " receipt(s)…");
        Duration limit = desk.settings().receiptTimeout() == null ? Duration.ofMinutes(2) : desk.settings().receiptTimeout();
        FollowReceiptsTask task = new FollowReceiptsTask(desk, r.paid(), limit);
        task.setOnSucceeded(e -> {
            List<String> lines = new ArrayList<>();
            for (ReceiptCheck c : task.getValue()) {
                lines.add(c.status() + "  " + c.payment().login() + "  " + Amounts.ethWithUnit(c.payment().amount())
                        + "  " + c.payment().txHash() + (c.block().isPresent() ? "  block " + c.block().getAsLong() : ""));
            }
            model.receiptLines().setAll(lines);
            model.receipts().set("Receipts: " + ReceiptSummary.of(task.getValue()).text());
            receiptChecks = task.getValue();
        });
        task.setOnFailed(e -> model.receipts().set("Could not follow the receipts: " + task.getException().getMessage()
                + ". Pending and Payments show where each payment stands."));
        Thread t = new Thread(task, "payout-receipts");
        t.setDaemon(true);
        t.start();
    }

    // ---------------------------------------------------------------- for the review, the window and tests

    public SendingModel model() { return model; }

    public BatchResult result() { return result; }

    public List<ReceiptCheck> receiptChecks() { return receiptChecks; }

    /** The batch sent last (its thread may have returned); null before the first. */
    public RunningBatch runningBatch() { return running; }

    public boolean stopAsked() { return stopFlag != null && stopFlag.get(); }

    public ListView<String> log() { return log; }
}
