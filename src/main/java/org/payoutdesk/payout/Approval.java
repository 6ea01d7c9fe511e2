package org.payoutdesk.payout;

import org.payoutdesk.ledger.PendingPayment;

/**
 * A transaction verified to pay a pending entry (mined, success, from the pool, to the login, exact
 * value, not yet recorded): what {@link PaymentDesk#approve} will write.
 *
 * @param evidence the check in words, as recorded in the audit stream
 */
public record Approval(PendingPayment entry, String txHash, long block, String evidence) {
}
