package org.payoutdesk.payout;

/** A payment sent and recorded in the ledger (WritePayment done). */
public record PaidPayment(String login, long amount, String txHash, long nonce) {
}
