package org.payoutdesk.payout;

/** The steps of one payment (DESIGN.md "One payment, step by step"), in order. */
public enum PaymentStep {
    LOCKED, DEBITED, NONCE_JOURNALED, SIGNED, HASH_JOURNALED, SENT, RECORDED
}
