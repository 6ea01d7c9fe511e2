package org.payoutdesk.payout;

import java.math.BigInteger;
import org.payoutdesk.chain.EthNode;
import org.payoutdesk.chain.FeeSuggestion;
import org.payoutdesk.chain.Fees;

/**
 * The gas terms of the next transfer, from the config: with autoGas off the pool's own gas and
 * gasPrice; otherwise the node's price (legacy) or its EIP-1559 suggestion, within the desk caps.
 */
public final class FeePolicy {
    private final PayoutSettings settings;

    public FeePolicy(PayoutSettings settings) {
        this.settings = settings;
    }

    public Fees current(EthNode node) {
        if (settings.feeMode() == PayoutSettings.FeeMode.EIP1559) {
            FeeSuggestion s = node.feeSuggestion();
            BigInteger maxFee = cap(s.maxFeeWei(), settings.maxFeeCapWei());
            BigInteger tip = cap(cap(s.priorityFeeWei(), settings.maxPriorityCapWei()), maxFee);
            return Fees.eip1559(maxFee, tip, gasLimit());
        }
        BigInteger price = settings.autoGas() ? node.gasPrice() : settings.gasPriceWei();
        return Fees.legacy(cap(price, settings.maxFeeCapWei()), gasLimit());
    }

    private BigInteger gasLimit() {
        return settings.autoGas() || settings.gasLimit() == null ? Fees.TRANSFER_GAS : settings.gasLimit();
    }

    private static BigInteger cap(BigInteger value, BigInteger cap) {
        return cap == null ? value : value.min(cap);
    }
}
