package org.payoutdesk.payout;

/** A problem that stops any payment from being sent, and what the operator can do about it. */
public record Blocker(Kind kind, String message, String remedy) {
    public enum Kind {
        PENDING_PAYMENTS, LOCKED, PEERS, SYNCING, SIGNER, FUNDS, NODE, CONFIG, READ_ONLY, LEDGER, UNRECORDED_TRANSFER,
        /** {@code desk.gasCeiling}: the base fee is above it; payouts are deferred, not failed. */
        GAS_CEILING
    }
}
