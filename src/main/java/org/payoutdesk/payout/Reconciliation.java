package org.payoutdesk.payout;

import java.util.Optional;
import java.util.OptionalLong;
import org.payoutdesk.ledger.PendingPayment;

/**
 * The verdict on one pending payment and the evidence for it.
 *
 * @param evidence one or two sentences a person can check (hash, nonce, block, what was scanned)
 */
public record Reconciliation(PendingPayment entry, Verdict verdict, String evidence, Optional<String> txHash,
                             OptionalLong nonce, OptionalLong block) {

    public boolean canApprove() {
        return verdict == Verdict.PAID;
    }

    /** Rollback without force: only when the money provably did not leave. */
    public boolean canRollback() {
        return verdict == Verdict.NOT_SENT || verdict == Verdict.REVERTED;
    }
}
