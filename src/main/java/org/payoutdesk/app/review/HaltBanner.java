package org.payoutdesk.app.review;

import java.util.concurrent.Callable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.payoutdesk.app.shared.LedgerLoad;
import org.payoutdesk.ledger.PoolLedger;

/**
 * "Payouts halted" across the top of the window, with the batch's lastFail and a way to Pending.
 * It stays until dismissed, or until a refresh finds nothing pending after it had seen something
 * pending (a halt that left nothing pending, e.g. funds short, stays until dismissed so its reason
 * is not lost on the very next refresh).
 */
public final class HaltBanner extends HBox {
    public static final String ID = "halt-banner";
    public static final String ID_TEXT = "halt-banner-text";
    public static final String ID_PENDING = "halt-banner-pending";
    public static final String ID_DISMISS = "halt-banner-dismiss";

    private final Label text = new Label();
    private final PendingCount pendingCount;
    private boolean sawPending;

    public HaltBanner(PoolLedger ledger, Runnable openPending) {
        super(12);
        setId(ID);
        getStyleClass().add("halt-banner");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 14, 8, 14));
        text.setId(ID_TEXT);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setGraphic(new FontIcon(Feather.ALERT_OCTAGON));
        HBox.setHgrow(text, Priority.ALWAYS);
        Button pending = new Button("Open Pending", new FontIcon(Feather.CLOCK));
        pending.setId(ID_PENDING);
        pending.setOnAction(e -> openPending.run());
        pending.setMinWidth(Region.USE_PREF_SIZE);
        Button dismiss = new Button(null, new FontIcon(Feather.X));
        dismiss.setId(ID_DISMISS);
        dismiss.setTooltip(new Tooltip("Dismiss"));
        dismiss.getStyleClass().add("flat");
        dismiss.setOnAction(e -> hide());
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(text, pending, dismiss);
        pendingCount = new PendingCount(ledger);
        pendingCount.setOnSucceeded(e -> {
            int n = pendingCount.getValue();
            if (n > 0) sawPending = true;
            else if (sawPending) hide();
        });
        hide();
    }

    /** Shows a batch's halt reason. */
    public void show(String lastFail) {
        text.setText("Payouts halted: " + lastFail);
        Tooltip.install(text, new Tooltip(lastFail));
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
        if (isVisible()) pendingCount.restart();
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
