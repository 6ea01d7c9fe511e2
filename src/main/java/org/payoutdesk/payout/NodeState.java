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
 */
public record NodeState(long chainId, long blockNumber, OptionalLong peers, boolean syncing,
                        String signerProblem, BigInteger walletWei, BigInteger gasPriceWei, String nodeProblem) {

    public static NodeState unreachable(String why) {
        return new NodeState(0, 0, OptionalLong.empty(), false, null, BigInteger.ZERO, BigInteger.ZERO, why);
    }
}
