package org.payoutdesk.app.overview;

import java.util.List;
import org.payoutdesk.payout.NodeState;

/**
 * The pool wallet against what the pool owes, read together in the background.
 *
 * @param node         the node's answer (wallet, or why the node could not be asked)
 * @param owedShannon  finances balance + pending at the time of the reading
 * @param history      the samples kept so far, oldest first (this reading's included when the node answered)
 * @param historyProblem why the history could not be read or written; null when it could
 */
public record WalletReading(NodeState node, java.math.BigInteger owedShannon, List<WalletSample> history, String historyProblem) {
    public WalletReading {
        history = List.copyOf(history);
    }

    public boolean walletKnown() {
        return node.nodeProblem() == null;
    }

    /** Coverage of what is owed; only when the node answered. */
    public Coverage coverage() {
        if (!walletKnown()) throw new IllegalStateException("the wallet is unknown: " + node.nodeProblem());
        return new Coverage(node.walletWei(), owedShannon);
    }
}
