package org.payoutdesk.payout;

/** A planned payment not sent, with why; nothing of it stays in the ledger. */
public record SkippedPayment(String login, long amount, String reason) {
}
