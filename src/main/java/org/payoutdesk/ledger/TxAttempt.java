package org.payoutdesk.ledger;

import java.util.Map;

/**
 * One transaction sent (or about to be sent) for a payment, as journalled in Payout Desk's own
 * {@code <coin>:desk:attempts} hash (field {@code login:amount}, value a JSON list of these). The
 * ledger stores it and knows nothing of what the fees mean; {@code payout} gives them meaning.
 *
 * @param hash  null while a node-signed attempt is journalled but its hash not known yet
 * @param kind  {@code original}, {@code speedup} or {@code cancel}
 * @param fees  fee fields as decimal wei strings ({@code type}, {@code gasLimit}, {@code gasPrice} or
 *              {@code maxFeePerGas} and {@code maxPriorityFeePerGas})
 * @param at    unix seconds when it was journalled
 */
public record TxAttempt(String hash, long nonce, String kind, Map<String, String> fees, long at) {
    public static final String ORIGINAL = "original";
    public static final String SPEEDUP = "speedup";
    public static final String CANCEL = "cancel";

    public TxAttempt {
        fees = Map.copyOf(fees);
        if (!kind.equals(ORIGINAL) && !kind.equals(SPEEDUP) && !kind.equals(CANCEL)) {
            throw new IllegalArgumentException("attempt kind must be original, speedup or cancel, got " + kind);
        }
    }

    public TxAttempt withHash(String txHash) {
        return new TxAttempt(txHash, nonce, kind, fees, at);
    }

    public boolean cancel() { return kind.equals(CANCEL); }
}
