package org.payoutdesk.cli;

/** rollback: credit {@code payment} back; {@code force} overrides inconclusive evidence (never a PAID verdict). */
public record RollbackRequest(PaymentRef payment, boolean force) {
}
