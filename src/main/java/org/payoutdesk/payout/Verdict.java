package org.payoutdesk.payout;

/** What the chain says about a pending payment (DESIGN.md "Reconciliation"). */
public enum Verdict {
    /** Its transaction is mined and succeeded: Approve. */
    PAID,
    /** Broadcast, not mined yet: wait. */
    IN_MEMPOOL,
    /** Provably never broadcast: Rollback. */
    NOT_SENT,
    /** Mined but failed: Rollback. */
    REVERTED,
    /** Not enough evidence: Approve with a hash the operator supplies, or a forced Rollback. */
    UNKNOWN
}
