package org.payoutdesk.payout;

import java.math.BigInteger;
import java.util.OptionalLong;

/**
 * What the plan needs to know of the node and the signer, read once before planning.
 *
 * @param peers          empty when the node does not implement net_peerCount
 * @param signerProblem  null when the signer can sign for the pool address
 * @param gasPriceWei    the price per gas the estimate uses (legacy price, or max fee for EIP-1559)
 * @param nodeProblem    null when the node answered; otherwise why not (everything else is then unknown)
 * @param baseFeeWei     the latest block's base fee; null on a chain without EIP-1559
 * @param tipWei         the node's suggested priority fee; null on a chain without EIP-1559
 * @param legacyPriceWei the node's eth_gasPrice; null when unknown
 */
public record NodeState(long chainId, long blockNumber, OptionalLong peers, boolean syncing,
                        String signerProblem, BigInteger walletWei, BigInteger gasPriceWei, String nodeProblem,
                        BigInteger baseFeeWei, BigInteger tipWei, BigInteger legacyPriceWei) {

    public NodeState(long chainId, long blockNumber, OptionalLong peers, boolean syncing, String signerProblem,
                     BigInteger walletWei, BigInteger gasPriceWei, String nodeProblem) {
        this(chainId, blockNumber, peers, syncing, signerProblem, walletWei, gasPriceWei, nodeProblem, null, null, null);
    }

    public static NodeState unreachable(String why) {
        return new NodeState(0, 0, OptionalLong.empty(), false, null, BigInteger.ZERO, BigInteger.ZERO, why);
    }

    /** What the gas ceiling is compared with: the base fee, or on a legacy chain the gas price; null when unknown. */
    public BigInteger ceilingMeasureWei() {
        return baseFeeWei != null ? baseFeeWei : legacyPriceWei;
    }
}
