package org.payoutdesk.ledger;

import java.math.BigInteger;
import java.util.List;

/**
 * The pool-wide {@code <coin>:finances} hash, Shannon (but the fork's txcharges, wei).
 *
 * @param txCharges the fork's {@code txcharges} field (wei, as its payer.go computes it), -1 when absent
 */
public record Finances(long balance, long immature, long pending, long paid, long totalMined, long txCharges,
                       long lastCreditHeight, String lastCreditHash, List<Problem> problems) {
    public Finances {
        problems = List.copyOf(problems);
    }

    /** What the pool owes its miners: balance + pending, never wrapped. */
    public BigInteger owedShannon() {
        return BigInteger.valueOf(balance).add(BigInteger.valueOf(pending));
    }
}
