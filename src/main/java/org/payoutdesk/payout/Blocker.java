package org.payoutdesk.payout;

/** A problem that stops any payment from being sent, and what the operator can do about it. */
public record Blocker(Kind kind, String message, String remedy) {
    public enum Kind {
        PENDING_PAYMENTS, LOCKED, PEERS, SYNCING, SIGNER, FUNDS, NODE, CONFIG, READ_ONLY, UNRECORDED_TRANSFER
    }
}
