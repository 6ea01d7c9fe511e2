package org.payoutdesk.payout;

import java.util.List;

/**
 * What a batch did. {@code lastFail} is set when it halted (as the pool's {@code halt}/{@code lastFail});
 * the payment it halted on then stays pending in the ledger for reconciliation.
 */
public record BatchResult(List<PaidPayment> paid, List<SkippedPayment> skipped, String lastFail,
                          String haltedOn, boolean stopped, int notAttempted) {
    public BatchResult {
        paid = List.copyOf(paid);
        skipped = List.copyOf(skipped);
    }

    public boolean halted() {
        return lastFail != null;
    }

    public long paidShannon() {
        long sum = 0;
        for (PaidPayment p : paid) sum = Math.addExact(sum, p.amount());
        return sum;
    }
}
