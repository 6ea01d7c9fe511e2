package org.payoutdesk.ledger;

import java.util.List;

/**
 * One member of {@code <coin>:payments:pending}: {@code login:amount} scored by the debit time.
 *
 * @param member    the raw member, exactly as stored (the key for journal fields and ZREM)
 * @param timestamp unix seconds of the debit
 */
public record PendingPayment(String member, String login, long amount, long timestamp, List<Problem> problems) {
    public PendingPayment {
        problems = List.copyOf(problems);
    }

    public boolean wellFormed() {
        return problems.stream().noneMatch(Problem::blocksPayment);
    }
}
