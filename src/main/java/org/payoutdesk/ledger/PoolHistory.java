package org.payoutdesk.ledger;

import java.util.List;

/**
 * The pool's money over a span of time, as {@link PoolLedger#history} read it.
 *
 * @param blocks   blocks credited in the span (credits:all), highest first
 * @param payments payments:all members in the span, oldest first; only those that parse
 * @param problems what was left out or is doubtful, each naming the key and the raw value
 */
public record PoolHistory(List<CreditedBlock> blocks, List<PaymentRecord> payments, List<Problem> problems) {
    public PoolHistory {
        blocks = List.copyOf(blocks);
        payments = List.copyOf(payments);
        problems = List.copyOf(problems);
    }
}
