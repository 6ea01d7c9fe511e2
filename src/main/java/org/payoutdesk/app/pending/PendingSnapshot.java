package org.payoutdesk.app.pending;

import java.util.List;
import java.util.Optional;
import org.payoutdesk.ledger.PendingPayment;

/** {@code payments:pending} and {@code payments:lock} read together. */
public record PendingSnapshot(List<PendingPayment> pending, Optional<String> lock, long readAt) {
    public PendingSnapshot {
        pending = List.copyOf(pending);
    }

    /** A lock with nothing pending blocks every payout and has no payment to resolve. */
    public boolean orphanLock() {
        return lock.isPresent() && pending.isEmpty();
    }
}
