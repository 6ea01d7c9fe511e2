package org.payoutdesk.app.status;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.ScheduledService;
import javafx.concurrent.Task;
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
public final class NodeHealthService extends ScheduledService<NodeHealth> {
    static final Duration MAX_DELAY = Duration.minutes(1);
    private final PaymentDesk desk;
    private final RedisBackoff backoff;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();

    public NodeHealthService(PaymentDesk desk, Duration period) {
        this.desk = desk;
        this.backoff = new RedisBackoff(period, MAX_DELAY);
        setPeriod(period);
        setRestartOnFailure(true);
        setMaximumFailureCount(Integer.MAX_VALUE);
        setMaximumCumulativePeriod(MAX_DELAY);
        setBackoffStrategy(s -> backoff.after(consecutiveFailures.get()));
        setExecutor(r -> {
            Thread t = new Thread(r, "node-health");
            t.setDaemon(true);
            t.start();
        });
    }

    public int consecutiveFailures() {
        return consecutiveFailures.get();
    }

    @Override
    protected Task<NodeHealth> createTask() {
        return new Task<>() {
            @Override
            protected NodeHealth call() {
                NodeState s = desk.nodeState();
                if (s.nodeProblem() != null) {
                    consecutiveFailures.incrementAndGet();
                    throw new NodeDownException(s.nodeProblem());
                }
                consecutiveFailures.set(0);
                return new NodeHealth(s, signerLine(desk.signer(), s.signerProblem()), s.signerProblem() == null);
            }
        };
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
