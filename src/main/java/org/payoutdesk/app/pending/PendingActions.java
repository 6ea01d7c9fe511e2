package org.payoutdesk.app.pending;

import org.payoutdesk.payout.Verdict;

/**
 * Which actions a verdict offers the operator (DESIGN.md "Reconciliation"). Nothing at all when the
 * window may not write (read-only, or no payout engine).
 *
 * @param approve         PAID: record the payment with the hash found on chain
 * @param approveWithHash UNKNOWN: record it with a hash the operator supplies, verified on chain first
 * @param rollback        NOT_SENT / REVERTED: credit the amount back, the money provably did not leave
 * @param forcedRollback  UNKNOWN / IN_MEMPOOL: credit back against inconclusive evidence, after a warning
 */
public record PendingActions(boolean approve, boolean approveWithHash, boolean rollback, boolean forcedRollback) {
    public static final PendingActions NONE = new PendingActions(false, false, false, false);

    public static PendingActions of(Verdict verdict, boolean writable) {
        if (!writable || verdict == null) return NONE;
        return switch (verdict) {
            case PAID -> new PendingActions(true, false, false, false);
            case NOT_SENT, REVERTED -> new PendingActions(false, false, true, false);
            case UNKNOWN -> new PendingActions(false, true, false, true);
            // PAID is never rolled back, not even forced: the transfer is on chain.
            case IN_MEMPOOL -> new PendingActions(false, false, false, true);
        };
    }

    public boolean any() {
        return approve || approveWithHash || rollback || forcedRollback;
    }
}
