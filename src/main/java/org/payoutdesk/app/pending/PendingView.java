package org.payoutdesk.app.pending;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import org.payoutdesk.app.ScreenContext;
import org.payoutdesk.app.ViewContext;
import org.payoutdesk.app.Views;
import org.payoutdesk.app.shared.ConfirmSheet;
import org.payoutdesk.app.shared.ExplorerLink;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.payout.PaymentDesk;

/**
 * The Pending view as one node for the main window: {@code pending/pending.fxml} loaded through {@link Views}
 * with its {@link PendingController}. The layout is the FXML's, the behaviour the controller's; this only
 * holds the two together and keeps the ids the tests and the window look up.
 */
public final class PendingView extends StackPane {
    public static final String FXML = "pending/pending.fxml";
    public static final String ID_TABLE = "pending-table";
    public static final String ID_LOCK = "pending-lock";
    public static final String ID_BANNER = "pending-banner";
    public static final String ID_CHECK_AGAIN = "pending-check-again";
    public static final String ID_RESOLVE_ALL = "pending-resolve-all";
    public static final String ID_CLEAR_LOCK = "pending-clear-lock";
    public static final String ID_STATUS = "pending-status";
    public static final String ID_EVIDENCE = "pending-evidence";
    public static final String ID_HASH_FIELD = "pending-hash-field";
    public static final String ID_HASH_CHECK = "pending-hash-check";
    public static final String ID_HASH_RESULT = "pending-hash-result";
    public static final String ID_FORCE_TICK = "pending-force-tick";
    /** Row buttons: the id is this prefix + the login. */
    public static final String APPROVE = "pending-approve-";
    public static final String ROLLBACK = "pending-rollback-";
    public static final String APPROVE_HASH = "pending-approve-hash-";
    public static final String FORCE_ROLLBACK = "pending-force-rollback-";
    /** Id suffix of the scan strip on the confirm sheet ({@code pending-scan-text-action}, …). */
    public static final String ACTION_SCAN = "-action";

    private final PendingController controller;

    /** The view as the window's {@link Views} load it. */
    public PendingView(Views views) {
        Views.View<PendingController> view = views.load(FXML);
        controller = view.controller();
        getChildren().add(view.root());
    }

    /** A list without verdicts or actions (no payout engine). */
    public PendingView(PoolLedger ledger) {
        this(ledger, null, true, new ExplorerLink(null), url -> { }, () -> { });
    }

    /**
     * @param desk      the payout engine; null lists the entries without verdicts or actions
     * @param readOnly  true hides every action that writes
     * @param onChanged run after every action that wrote, so the rest of the window reloads
     */
    public PendingView(PoolLedger ledger, PaymentDesk desk, boolean readOnly, ExplorerLink explorer,
                       Consumer<String> openUrl, Runnable onChanged) {
        this(new Views(ScreenContext.of(ledger, desk, readOnly, explorer, openUrl, onChanged)));
    }

    public PendingController controller() { return controller; }

    /** Reads the entries again and asks the engine for fresh verdicts. */
    public void refresh() { controller.refresh(); }

    public TableView<PendingRowModel> table() { return controller.table(); }

    public ConfirmSheet sheet() { return controller.sheet(); }

    public Label statusLine() { return controller.statusLine(); }

    public javafx.beans.value.ObservableBooleanValue loading() { return controller.loading(); }

    public PendingScan scan() { return controller.scan(); }

    public PendingScan actionScan() { return controller.actionScan(); }

    public boolean writable() { return controller.writable(); }
}
