package org.payoutdesk.payout;

import java.math.BigInteger;
import org.payoutdesk.chain.Fees;

/**
 * A speed-up or cancel as previewed before the operator confirms: same nonce, the new fees, and the most
 * it can cost (value + gas limit * max fee). Nothing has been written or sent.
 *
 * @param to       the payee (speed-up) or the pool itself (cancel)
 * @param valueWei the payment's value (speed-up) or 0 (cancel)
 */
public record Replacement(Kind kind, StuckPayment payment, String to, BigInteger valueWei, Fees oldFees, Fees newFees) {
    public enum Kind { SPEEDUP, CANCEL }

    public BigInteger maxCostWei() {
        return valueWei.add(newFees.maxCostWei());
    }

    String attemptKind() {
        return kind == Kind.SPEEDUP ? org.payoutdesk.ledger.TxAttempt.SPEEDUP : org.payoutdesk.ledger.TxAttempt.CANCEL;
    }
}
