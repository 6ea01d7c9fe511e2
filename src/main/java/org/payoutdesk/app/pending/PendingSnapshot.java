package org.payoutdesk.app.pending;

import java.util.List;
import java.util.Optional;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.payout.Reconciliation;

/**
 * {@code payments:pending} and {@code payments:lock} read together, with the engine's verdict on every
 * entry when a payout engine is there (empty list otherwise).
 */
public record PendingSnapshot(List<PendingPayment> pending, Optional<String> lock, long readAt,
                              List<Reconciliation> verdicts) {
    public PendingSnapshot {
        pending = List.copyOf(pending);
        verdicts = List.copyOf(verdicts);
    }

    public PendingSnapshot(List<PendingPayment> pending, Optional<String> lock, long readAt) {
        this(pending, lock, readAt, List.of());
    }

    /** A lock with nothing pending blocks every payout and has no payment to resolve. */
    public boolean orphanLock() {
        return lock.isPresent() && pending.isEmpty();
    }

    /** The verdict on one entry, when the engine gave one. */
    public Optional<Reconciliation> verdict(PendingPayment p) {
        return verdicts.stream().filter(r -> r.entry().member().equals(p.member())).findFirst();
    }
}
