package org.payoutdesk.app.review;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import org.payoutdesk.app.ScreenContext;
import org.payoutdesk.app.Views;
import org.payoutdesk.app.shared.ExplorerLink;
import org.payoutdesk.payout.BatchResult;
import org.payoutdesk.payout.HeldPayment;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PlannedPayment;
import org.payoutdesk.payout.ReceiptCheck;

/**
 * Review payout, then Approve and send, as one node: {@code review/review.fxml} (with the sending page,
 * {@code review/sending.fxml}) loaded through {@link Views}. Layout in the FXML, behaviour in
 * {@link ReviewController} and {@link SendingController}; this holds them together and keeps the ids.
 */
public final class ReviewView extends StackPane {
    public static final String FXML = "review/review.fxml";
    public static final String ID_TABLE = "review-table";
    public static final String ID_HELD = "review-held";
    public static final String ID_BLOCKERS = "review-blockers";
    public static final String ID_SEND = "review-send";
    public static final String ID_CANCEL = "review-cancel";
    public static final String ID_WHY_NOT = "review-why-not";
    public static final String ID_WAIT_EACH = "review-wait-each";
    public static final String ID_TICK_ALL = "review-tick-all";
    public static final String ID_TICK_NONE = "review-tick-none";
    public static final String ID_CONFIRM_OK = ReviewController.ID_CONFIRM_OK;
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

    private final ReviewController controller;

    /**
     * @param afterBatch told on the JavaFX thread when a batch ended (null when it failed outright)
     * @param close      closes the window that holds this view
     */
    public ReviewView(Views views, Consumer<BatchResult> afterBatch, Runnable close) {
        Views.View<ReviewController> view = views.load(FXML);
        controller = view.controller();
        controller.setAfterBatch(afterBatch);
        controller.setOnClose(close);
        getChildren().add(view.root());
    }

    /** @param desk the payout engine (its ledger is the review's) */
    public ReviewView(PaymentDesk desk, boolean readOnly, Consumer<BatchResult> afterBatch, Runnable close) {
        this(new Views(ScreenContext.of(desk.ledger(), desk, readOnly, new ExplorerLink(null), url -> { }, () -> { })),
                afterBatch, close);
    }

    public ReviewController controller() { return controller; }

    private SendingController sendingPage() { return controller.sendingController(); }

    /** Reads the plan again (in the background); the ticks start all on. */
    public void load() { controller.load(); }

    /** Back to the review with a fresh plan (after a batch, or when opened again). */
    public void reset() { controller.reset(); }

    /** As the Stop button: the engine stops before the next payment; the one in flight finishes. */
    public void stopAfterThisPayment() { controller.stopAfterThisPayment(); }

    /** The window is closing: stop after this payment and say on this page that Payout Desk closes then. */
    public void stopAndClose() { controller.stopAndClose(); }

    public boolean sending() { return controller.sending(); }

    public BooleanProperty sendingProperty() { return sendingPage().model().sending(); }

    /** True once the operator asked to stop after the payment in flight. */
    public boolean stopAsked() { return sendingPage().stopAsked(); }

    public boolean waitEachSelected() { return controller.waitEachSelected(); }

    /** The batch sent last (its thread may have returned); null before the first. */
    public RunningBatch runningBatch() { return sendingPage().runningBatch(); }

    /** The progress last shown on the sending page; null until the batch's first event. */
    public ObservableValue<BatchProgress> progressShown() { return sendingPage().model().shown(); }

    public ReviewSelection selection() { return controller.model().selection().get(); }

    public PlanService planService() { return controller.planService(); }

    public Button sendButton() { return controller.sendButton(); }

    public TableView<PlannedPayment> table() { return controller.table(); }

    public TableView<HeldPayment> heldTable() { return controller.heldTable(); }

    public BatchResult result() { return sendingPage().result(); }

    public List<ReceiptCheck> receiptChecks() { return sendingPage().receiptChecks(); }

    public ListView<String> log() { return sendingPage().log(); }
}
