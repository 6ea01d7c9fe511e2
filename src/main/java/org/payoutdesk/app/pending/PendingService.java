package org.payoutdesk.app.pending;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.payoutdesk.app.shared.LedgerLoad;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.ReconcileProgress;
import org.payoutdesk.payout.Reconciliation;

/**
 * Reads the pending payments and the payout lock and, with a payout engine, reconciles every entry
 * with the chain (which may scan blocks: seconds to minutes, never on the JavaFX thread; the scans are
 * reported to a {@link PendingScan}, whose Cancel stops them).
 */
public final class PendingService extends LedgerLoad<PendingSnapshot> {
    private final PoolLedger ledger;
    private final PaymentDesk desk;
    private final PendingScan scan;

    public PendingService(PoolLedger ledger) {
        this(ledger, null);
    }

    /** @param desk the payout engine; null to list the entries without verdicts */
    public PendingService(PoolLedger ledger, PaymentDesk desk) {
        this(ledger, desk, null);
    }

    /** @param scan shows the block scans and stops them on Cancel; null when nobody watches */
    public PendingService(PoolLedger ledger, PaymentDesk desk, PendingScan scan) {
        this.ledger = ledger;
        this.desk = desk;
        this.scan = scan;
        if (scan != null) runningProperty().addListener((o, was, running) -> {
            if (!running) scan.end();
        });
    }

    @Override
    protected Callable<PendingSnapshot> work() {
        ReconcileProgress progress = scan == null || desk == null ? ReconcileProgress.NONE : scan.begin();
        return () -> {
            if (desk == null) {
                return new PendingSnapshot(ledger.pendingPayments(), ledger.lockValue(), Instant.now().getEpochSecond());
            }
            List<Reconciliation> verdicts = desk.reconcile(progress);
            List<PendingPayment> pending = verdicts.stream().map(Reconciliation::entry).toList();
            return new PendingSnapshot(pending, ledger.lockValue(), Instant.now().getEpochSecond(), verdicts);
        };
    }
}
