package org.payoutdesk.app.pending;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.payoutdesk.app.LedgerLoad;
import org.payoutdesk.ledger.PoolLedger;

/** Reads the pending payments and the payout lock. */
public final class PendingService extends LedgerLoad<PendingSnapshot> {
    private final PoolLedger ledger;

    public PendingService(PoolLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    protected Callable<PendingSnapshot> work() {
        return () -> new PendingSnapshot(ledger.pendingPayments(), ledger.lockValue(),
                Instant.now().getEpochSecond());
    }
}
