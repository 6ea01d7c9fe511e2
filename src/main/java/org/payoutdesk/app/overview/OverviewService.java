package org.payoutdesk.app.overview;

import java.util.concurrent.Callable;
import org.payoutdesk.app.shared.LedgerLoad;
import org.payoutdesk.ledger.PoolLedger;

/** Reads the finances hash, the pending count, the lock and the invariant audit. */
public final class OverviewService extends LedgerLoad<OverviewSnapshot> {
    private final PoolLedger ledger;

    public OverviewService(PoolLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    protected Callable<OverviewSnapshot> work() {
        return () -> new OverviewSnapshot(ledger.finances(), ledger.pendingPayments().size(),
                ledger.lockValue(), ledger.audit());
    }
}
