package org.payoutdesk.app.status;

import javafx.util.Duration;
import org.payoutdesk.chain.Signer;
import org.payoutdesk.chain.SignerKind;
import org.payoutdesk.payout.NodeState;
import org.payoutdesk.payout.PaymentDesk;

/**
 * Asks the node (chain id, block, peers, syncing) and the signer (unlocked?) every period, off the
 * JavaFX thread. A node that does not answer fails the check; the service then retries by itself
 * with a doubling delay (capped at a minute) and returns to the normal period once the node answers.
 */
public final class NodeHealthService extends BackoffHealthService<NodeHealth> {
    private final PaymentDesk desk;

    public NodeHealthService(PaymentDesk desk, Duration period) {
        super(period, "node-health");
        this.desk = desk;
    }

    @Override
    protected NodeHealth check() {
        NodeState s = desk.nodeState();
        if (s.nodeProblem() != null) throw new NodeDownException(s.nodeProblem());
        return new NodeHealth(s, signerLine(desk.signer(), s.signerProblem()), s.signerProblem() == null,
                desk.rules().gasCeilingWei(), desk.rules().aboveCeiling(s));
    }

    static String signerLine(Signer signer, String problem) {
        if (problem != null) return problem;
        String who = signer.kind() == SignerKind.KEYSTORE ? "keystore" : "node account";
        return who + " " + shortAddress(signer.address()) + " unlocked";
    }

    /** "0xf39f…2266". */
    static String shortAddress(String a) {
        return a == null || a.length() < 12 ? String.valueOf(a) : a.substring(0, 6) + "…" + a.substring(a.length() - 4);
    }
}
