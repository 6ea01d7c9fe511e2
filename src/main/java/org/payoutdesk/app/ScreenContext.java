package org.payoutdesk.app;

import java.util.function.Consumer;
import org.payoutdesk.app.shared.ExplorerLink;
import org.payoutdesk.app.shared.PayeeTableService;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.payout.PaymentDesk;

/**
 * A {@link ViewContext} for one screen built on its own (a test mounting one view, or a window that hands a
 * screen its ledger and engine directly) rather than by the main window: the parts that screen does not use
 * are inert (no title, threshold 0, a payee table that is never started).
 */
public final class ScreenContext {
    private ScreenContext() {
    }

    public static ViewContext of(PoolLedger ledger, PaymentDesk desk, boolean readOnly, ExplorerLink explorer,
                                 Consumer<String> openUrl, Runnable refreshAll) {
        AppContext app = new AppContext(() -> ledger, null, readOnly, null, 0);
        return new ViewContext(app, ledger, desk, readOnly, explorer, openUrl, refreshAll,
                new PayeeTableService(ledger, 0));
    }
}
