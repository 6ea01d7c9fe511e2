package org.payoutdesk.cli;

/** approve: record {@code payment} as paid by {@code txHash} (lower-case, 0x + 64 hex), once verified on chain. */
public record ApproveRequest(PaymentRef payment, String txHash) {
}
