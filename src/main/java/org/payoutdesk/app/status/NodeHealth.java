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

    /** "base fee 12.5 gwei · tip 1 gwei", "gas price 20 gwei" on a legacy chain, or "fees unknown"; 3 digits. */
    public String feeLine() {
        return fees(NodeHealth::shortGwei);
    }

    /** The tooltip: the exact fees, the ceiling and what it means now. */
    public String feeHint() {
        String exact = fees(FeeBump::gwei);
        if (ceilingWei == null) return exact + " (no desk.gasCeiling set: batches start at any fee)";
        String ceiling = "desk.gasCeiling " + FeeBump.gwei(ceilingWei) + " gwei";
        return aboveCeiling ? exact + ": above " + ceiling + ", payouts deferred until it falls"
                : exact + ": at or below " + ceiling;
    }

    private String fees(java.util.function.Function<BigInteger, String> gwei) {
        if (node.baseFeeWei() != null) {
            return "base fee " + gwei.apply(node.baseFeeWei()) + " gwei"
                    + (node.tipWei() == null ? "" : " · tip " + gwei.apply(node.tipWei()) + " gwei");
        }
        return node.legacyPriceWei() == null ? "fees unknown" : "gas price " + gwei.apply(node.legacyPriceWei()) + " gwei";
    }

    /** A fee for the eye: 3 significant digits ("0.586", "12.5", "1,234" stays "1234"); the exact one is on hover. */
    static String shortGwei(BigInteger wei) {
        java.math.BigDecimal g = new java.math.BigDecimal(wei).movePointLeft(9);
        if (g.compareTo(java.math.BigDecimal.valueOf(1000)) >= 0) return g.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
        return g.round(new java.math.MathContext(3, java.math.RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
    }
}
