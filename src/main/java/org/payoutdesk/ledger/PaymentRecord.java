package org.payoutdesk.ledger;

import java.util.List;

/**
 * One payment from {@code payments:all} ({@code txHash:login:amount}, fork: {@code :txcharges})
 * or {@code payments:<login>} ({@code txHash:amount}, fork: {@code :txcharges}; login filled in).
 *
 * @param txCharges wei charged to the miner by the open-etc-pool-friends fork (its payer.go: nwTxGasPrice × nwTxGas), -1 when the member has none
 * @param timestamp unix seconds
 */
public record PaymentRecord(String member, String txHash, String login, long amount, long txCharges,
                            long timestamp, List<Problem> problems) {
    public PaymentRecord {
        problems = List.copyOf(problems);
    }
}
