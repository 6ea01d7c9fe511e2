package org.payoutdesk.app.pending;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.payoutdesk.app.LedgerLoad;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.Reconciliation;

/**
 * Reads the pending payments and the payout lock and, with a payout engine, reconciles every entry
 * with the chain (which may scan blocks: seconds, never on the JavaFX thread).
 */
public final class PendingService extends LedgerLoad<PendingSnapshot> {
    private final PoolLedger ledger;
    private final PaymentDesk desk;

    public PendingService(PoolLedger ledger) {
        this(ledger, null);
    }

    /** @param desk the payout engine; null to list the entries without verdicts */
    public PendingService(PoolLedger ledger, PaymentDesk desk) {
        this.ledger = ledger;
        this.desk = desk;
    }

    @Override
    protected Callable<PendingSnapshot> work() {
        return () -> {
            if (desk == null) {
                return new PendingSnapshot(ledger.pendingPayments(), ledger.lockValue(), Instant.now().getEpochSecond());
            }
            List<Reconciliation> verdicts = desk.reconcile();
            List<PendingPayment> pending = verdicts.stream().map(Reconciliation::entry).toList();
            return new PendingSnapshot(pending, ledger.lockValue(), Instant.now().getEpochSecond(), verdicts);
        };
    }
}
