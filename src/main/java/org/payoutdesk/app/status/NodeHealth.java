package org.payoutdesk.app.status;

import org.payoutdesk.payout.NodeState;

/**
 * The node and the signer as the status bar shows them.
 *
 * @param node          the node's answer (never with a nodeProblem: a node that is down is a failure)
 * @param signerLine    "node account 0xf39f…2266 unlocked", or the signer's problem
 * @param signerUnlocked whether the signer can sign now
 */
public record NodeHealth(NodeState node, String signerLine, boolean signerUnlocked) {

    /** "chain 31337 · block 1,234 · peers unknown · synced". */
    public String nodeLine() {
        String peers = node.peers().isPresent() ? node.peers().getAsLong() + " peers" : "peers unknown";
        return String.format(java.util.Locale.ROOT, "chain %d · block %,d · %s · %s", node.chainId(),
                node.blockNumber(), peers, node.syncing() ? "syncing" : "synced");
    }
}
