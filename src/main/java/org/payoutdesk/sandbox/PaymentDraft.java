package org.payoutdesk.sandbox;

/**
 * One past payment, as WritePayment records it; {@code txCharges >= 0} marks the
 * open-etc-pool-friends member format with a trailing {@code :txcharges}.
 */
record PaymentDraft(String txHash, String login, long amount, long time, long txCharges) {
    /** The {@code payments:all} member. */
    String allMember() {
        return txHash + ":" + login + ":" + amount + (txCharges >= 0 ? ":" + txCharges : "");
    }

    /** The {@code payments:<login>} member. */
    String loginMember() {
        return txHash + ":" + amount + (txCharges >= 0 ? ":" + txCharges : "");
    }
}
