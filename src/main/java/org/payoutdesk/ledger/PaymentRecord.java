package org.payoutdesk.ledger;

import java.util.List;

/**
 * One payment from {@code payments:all} ({@code txHash:login:amount}, fork: {@code :txcharges})
 * or {@code payments:<login>} ({@code txHash:amount}, fork: {@code :txcharges}; login filled in).
 *
 * @param txCharges the network fee the friends fork kept, in wei (its TxCharges.Int64()), -1 when the member has none
 * @param timestamp unix seconds
 */
public record PaymentRecord(String member, String txHash, String login, long amount, long txCharges,
                            long timestamp, List<Problem> problems) {
    public PaymentRecord {
        problems = List.copyOf(problems);
    }
}
