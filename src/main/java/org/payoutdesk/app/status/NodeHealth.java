package org.payoutdesk.app.status;

import java.math.BigInteger;
import org.payoutdesk.payout.FeeBump;
import org.payoutdesk.payout.NodeState;

/**
 * The node and the signer as the status bar shows them.
 *
 * @param node           the node's answer (never with a nodeProblem: a node that is down is a failure)
 * @param signerLine     "node account 0xf39f…2266 unlocked", or the signer's problem
 * @param signerUnlocked whether the signer can sign now
 * @param ceilingWei     {@code desk.gasCeiling}, or null for none
 * @param aboveCeiling   gas is above the ceiling now: payouts are deferred
 */
public record NodeHealth(NodeState node, String signerLine, boolean signerUnlocked, BigInteger ceilingWei,
                         boolean aboveCeiling) {

    /** "chain 31337 · block 1,234 · peers unknown · synced". */
    public String nodeLine() {
        String peers = node.peers().isPresent() ? node.peers().getAsLong() + " peers" : "peers unknown";
        return String.format(java.util.Locale.ROOT, "chain %d · block %,d · %s · %s", node.chainId(),
                node.blockNumber(), peers, node.syncing() ? "syncing" : "synced");
    }

    /** "base fee 12.5 gwei · tip 1 gwei", "gas price 20 gwei" on a legacy chain, or "fees unknown". */
    public String feeLine() {
        if (node.baseFeeWei() != null) {
            return "base fee " + FeeBump.gwei(node.baseFeeWei()) + " gwei"
                    + (node.tipWei() == null ? "" : " · tip " + FeeBump.gwei(node.tipWei()) + " gwei");
        }
        return node.legacyPriceWei() == null ? "fees unknown" : "gas price " + FeeBump.gwei(node.legacyPriceWei()) + " gwei";
    }

    /** The tooltip: the ceiling and what it means now. */
    public String feeHint() {
        if (ceilingWei == null) return feeLine() + " (no desk.gasCeiling set: batches start at any fee)";
        String ceiling = "desk.gasCeiling " + FeeBump.gwei(ceilingWei) + " gwei";
        return aboveCeiling ? feeLine() + ": above " + ceiling + ", payouts deferred until it falls"
                : feeLine() + ": at or below " + ceiling;
    }
}
