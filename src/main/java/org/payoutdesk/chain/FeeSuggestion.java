package org.payoutdesk.chain;

import java.math.BigInteger;

/**
 * EIP-1559 fees suggested by the node: the latest block's base fee, a priority fee (tip), and
 * maxFee = 2 * baseFee + tip, which stays valid through several full blocks of base-fee rises.
 * {@code tipFromNode} is false when the node lacks {@code eth_maxPriorityFeePerGas} and the tip was derived.
 */
public record FeeSuggestion(BigInteger baseFeeWei, BigInteger priorityFeeWei, BigInteger maxFeeWei,
                            boolean tipFromNode) {
    public static FeeSuggestion of(BigInteger baseFee, BigInteger tip, boolean tipFromNode) {
        return new FeeSuggestion(baseFee, tip, baseFee.shiftLeft(1).add(tip), tipFromNode);
    }

    /** These fees for a plain transfer (gas limit 21000). */
    public Fees toFees() {
        return Fees.eip1559(maxFeeWei, priorityFeeWei);
    }
}
