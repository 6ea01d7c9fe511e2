package org.payoutdesk.app.review;

import java.util.concurrent.Callable;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.payoutdesk.app.shared.FxmlControl;
import org.payoutdesk.app.shared.LedgerLoad;
import org.payoutdesk.ledger.PoolLedger;

/**
 * "Payouts halted" across the top of the window, with the batch's lastFail and a way to Pending
 * (layout in {@code review/halt-banner.fxml}). It stays until dismissed, or until a refresh finds nothing
 * pending after it had seen something pending (a halt that left nothing pending, e.g. funds short, stays
 * until dismissed so its reason is not lost on the very next refresh).
 */
public final class HaltBanner extends HBox {
    public static final String ID = "halt-banner";
    public static final String ID_TEXT = "halt-banner-text";
    public static final String ID_PENDING = "halt-banner-pending";
    public static final String ID_DISMISS = "halt-banner-dismiss";

    @FXML private Label text;
    @FXML private Tooltip reason;
    private Runnable openPending = () -> { };
    private PendingCount pendingCount;
    private boolean sawPending;

    /** For FXML ({@code <HaltBanner fx:id="haltBanner"/>}); {@link #watch} then names the ledger. */
    public HaltBanner() {
        FxmlControl.load(this, "review/halt-banner.fxml");
        hide();
    }

    public HaltBanner(PoolLedger ledger, Runnable openPending) {
        this();
        watch(ledger, openPending);
    }

    /** The ledger whose pending set a refresh re-checks, and what "Open Pending" does. */
    public void watch(PoolLedger ledger, Runnable openPending) {
        this.openPending = openPending;
        pendingCount = new PendingCount(ledger);
        pendingCount.setOnSucceeded(e -> {
            int n = pendingCount.getValue();
            if (n > 0) sawPending = true;
            else if (sawPending) hide();
        });
    }

    @FXML
    private void onOpenPending() {
        openPending.run();
    }

    @FXML
    private void onDismiss() {
        hide();
    }

    /** Shows a batch's halt reason. */
    public void show(String lastFail) {
        text.setText("Payouts halted: " + lastFail);
        reason.setText(lastFail);
        sawPending = false;
        setVisible(true);
        setManaged(true);
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
    }

    /** Re-checks the pending set in the background; hides once what it was about is resolved. */
    public void refresh() {
        if (isVisible() && pendingCount != null) pendingCount.restart();
    }

    public String text() {
        return text.getText();
    }

    private static final class PendingCount extends LedgerLoad<Integer> {
        private final PoolLedger ledger;

        PendingCount(PoolLedger ledger) {
            this.ledger = ledger;
        }

        @Override
        protected Callable<Integer> work() {
            return () -> ledger.pendingPayments().size();
        }
    }
}
