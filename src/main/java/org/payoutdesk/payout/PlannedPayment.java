package org.payoutdesk.payout;

/**
 * One payment the engine would send now: the payee's whole balance, as the pool pays it.
 *
 * @param threshold          the threshold that applied, Shannon
 * @param perMinerThreshold  true when it came from {@code settings:<login>}
 */
public record PlannedPayment(String login, long amount, long threshold, boolean perMinerThreshold, String reason) {
}
