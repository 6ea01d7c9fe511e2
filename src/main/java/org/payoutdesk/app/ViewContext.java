package org.payoutdesk.app;

import java.util.Objects;
import java.util.function.Consumer;
import org.payoutdesk.app.shared.ExplorerLink;
import org.payoutdesk.app.shared.PayeeTableService;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.payout.PaymentDesk;

/**
 * What a screen's controller may need, handed to it by {@link Views}' controller factory; no controller
 * reaches for a global.
 *
 * @param app        the window's context (title, thresholds, keystore, health period)
 * @param ledger     the pool ledger (the engine's when there is one)
 * @param desk       the payout engine; null for a window that only reads
 * @param readOnly   true when no write action may be shown
 * @param explorer   links to the block explorer
 * @param openUrl    opens a URL in the desktop's browser
 * @param refreshAll reads every view again (after an action that changed the ledger)
 * @param payeeTable the payee table, loaded once and shared by Overview and Payees
 */
public record ViewContext(AppContext app, PoolLedger ledger, PaymentDesk desk, boolean readOnly,
                          ExplorerLink explorer, Consumer<String> openUrl, Runnable refreshAll,
                          PayeeTableService payeeTable) {
    public ViewContext {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(explorer, "explorer");
        Objects.requireNonNull(openUrl, "openUrl");
        Objects.requireNonNull(refreshAll, "refreshAll");
        Objects.requireNonNull(payeeTable, "payeeTable");
    }

    /** The keystore to unlock with a password dialog: the context's, else the engine's signer when it is one. */
    public org.payoutdesk.payout.KeystoreUnlock keystoreUnlock() {
        if (app.keystoreUnlock() != null) return app.keystoreUnlock();
        return desk != null && desk.signer() instanceof org.payoutdesk.payout.KeystoreUnlock k ? k : null;
    }
}
