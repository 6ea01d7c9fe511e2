package org.payoutdesk.payout;

import java.math.BigInteger;
import java.time.Duration;

/**
 * What the engine needs from the config (the pool's payouts section plus the desk additions),
 * in plain values so the engine does not depend on how the config is read.
 *
 * @param gasLimit         the pool's payouts.gas, used when autoGas is false
 * @param gasPriceWei      the pool's payouts.gasPrice, used when autoGas is false
 * @param maxFeeCapWei     EIP-1559 cap on maxFeePerGas, null for none
 * @param maxPriorityCapWei EIP-1559 cap on the tip, null for none
 * @param scanDepth        most blocks a reconciliation scans for a legacy entry
 */
public record PayoutSettings(String poolAddress, long threshold, int requirePeers, boolean autoGas,
                             BigInteger gasLimit, BigInteger gasPriceWei, FeeMode feeMode,
                             BigInteger maxFeeCapWei, BigInteger maxPriorityCapWei, boolean bgsave,
                             Duration receiptTimeout, long scanDepth, boolean readOnly, String operator) {
    public enum FeeMode { LEGACY, EIP1559 }

    public PayoutSettings {
        poolAddress = poolAddress == null ? null : poolAddress.toLowerCase(java.util.Locale.ROOT);
    }
}
