package org.payoutdesk.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.payoutdesk.ledger.Finances;
import org.payoutdesk.ledger.KeyProblem;
import org.payoutdesk.payout.HeldPayment;
import org.payoutdesk.ledger.Problem;
import org.payoutdesk.ledger.RedisLink;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.NodeState;

/**
 * status: where the desk is connected and how the ledger stands, read once.
 *
 * @param link        the master in use (it moves on a Sentinel failover), TLS or not
 * @param replicas    the master's replicas, or null when it cannot say
 * @param signerKind  "node-account" or "keystore"
 * @param pending     the raw {@code payments:pending} members
 * @param pending     the raw {@code payments:pending} members (empty when that key cannot be read: see keyProblems)
 * @param held        the payees over the threshold that the plan holds back, each with its reason
 * @param keyProblems every pool key of the wrong Redis type, and finances when missing
 * @param lastFail    the newest halt in the audit stream while payments are pending (at, login, lastFail), or null
 */
record StatusReport(String redisEndpoint, long pingMicros, RedisLink link, Integer replicas, String nodeEndpoint, NodeState node, String signerKind,
                    String signerAddress, boolean walletKnown, Finances finances, List<String> pending,
                    Optional<String> lock, int overThreshold, List<HeldPayment> held, List<KeyProblem> keyProblems,
                    Map<String, String> lastFail)
        implements CommandResult {

    @Override
    public boolean ok() {
        return true;
    }

    private boolean nodeUp() {
        return node.nodeProblem() == null;
    }

    @Override
    public void printText(PrintStream out) {
        out.printf("Redis     %s  ping %.2f ms%n", redisEndpoint, pingMicros / 1000.0);
        out.println("Master    " + link.master() + "  " + (link.tls() ? "TLS" : "plain TCP")
                + link.sentinelMaster().map(m -> ", Sentinel master " + m).orElse("")
                + link.user().map(u -> ", user " + u).orElse("")
                + ", " + (replicas == null ? "replicas unknown" : replicas + " replica(s)"));
        if (nodeUp()) {
            out.println("Node      " + nodeEndpoint + "  chain " + node.chainId() + ", block " + node.blockNumber()
                    + ", peers " + (node.peers().isPresent() ? Long.toString(node.peers().getAsLong()) : "unknown")
                    + ", " + (node.syncing() ? "SYNCING" : "synced"));
            out.println("Signer    " + signerKind + " " + signerAddress + "  "
                    + (node.signerProblem() == null ? "unlocked" : "LOCKED: " + node.signerProblem()));
        } else {
            out.println("Node      " + nodeEndpoint + "  UNREACHABLE: " + node.nodeProblem());
            out.println("Signer    " + signerKind + " " + signerAddress + "  unknown (node unreachable)");
        }
        out.println("Wallet    " + (walletKnown && nodeUp() ? Shannon.formatWeiAsEth(node.walletWei()) + " ETH" : "unknown"));
        out.println("Finances  balance " + Shannon.formatEth(finances.balance()) + " ETH, immature "
                + Shannon.formatEth(finances.immature()) + " ETH, pending " + Shannon.formatEth(finances.pending())
                + " ETH, paid " + Shannon.formatEth(finances.paid()) + " ETH");
        for (Problem p : finances.problems()) {
            out.println("          problem: " + p.reason());
        }
        out.println("Pending   " + pending.size() + " payment(s)" + (pending.isEmpty() ? "" : ": " + String.join(", ", pending)));
        out.println("Lock      " + lock.map(v -> "HELD by " + v + (pending.isEmpty() ? " (no pending payment needs it)" : ""))
                .orElse("free"));
        out.println("Payees    " + overThreshold + " over the threshold" + (held.isEmpty() ? "" : " (" + held.size() + " held back)"));
        for (HeldPayment h : held) out.println("          held " + h.login() + ": " + h.reason());
        out.println("Keys      " + (keyProblems.isEmpty() ? "every pool key has its type"
                : keyProblems.size() + " of the wrong type or missing"));
        for (KeyProblem k : keyProblems) out.println("          " + k.reason());
        if (lastFail != null) {
            out.println("LastFail  " + lastFail.get("lastFail") + " (at " + lastFail.get("at") + ", on "
                    + lastFail.get("login") + ")");
        }
    }

    /** One key problem as JSON; audit --json uses the same shape. */
    static Map<String, Object> key(KeyProblem k) {
        return Json.obj("key", k.key(), "role", k.role().name(), "login", k.login(), "found", k.found(),
                "expected", k.expected(), "reason", k.reason());
    }

    @Override
    public Object json() {
        return Json.obj(
                "redis", Json.obj("endpoint", redisEndpoint, "pingMicros", pingMicros, "master", link.master(),
                        "tls", link.tls(), "sentinelMaster", link.sentinelMaster().orElse(null),
                        "user", link.user().orElse(null), "replicas", replicas),
                "node", Json.obj("endpoint", nodeEndpoint, "reachable", nodeUp(), "problem", node.nodeProblem(),
                        "chainId", nodeUp() ? node.chainId() : null, "block", nodeUp() ? node.blockNumber() : null,
                        "peers", node.peers().isPresent() ? node.peers().getAsLong() : null,
                        "syncing", nodeUp() ? node.syncing() : null),
                "signer", Json.obj("kind", signerKind, "address", signerAddress,
                        "unlocked", nodeUp() ? node.signerProblem() == null : null, "problem", node.signerProblem()),
                "wallet", walletKnown && nodeUp() ? Json.wei(node.walletWei()) : null,
                "finances", Json.obj("balanceShannon", finances.balance(), "immatureShannon", finances.immature(),
                        "pendingShannon", finances.pending(), "paidShannon", finances.paid(),
                        "totalMinedShannon", finances.totalMined(),
                        "problems", finances.problems().stream().map(Problem::reason).toList()),
                "pending", Json.obj("count", pending.size(), "members", pending),
                "lock", Json.obj("held", lock.isPresent(), "value", lock.orElse(null)),
                "payees", Json.obj("overThreshold", overThreshold, "held", held.size(),
                        "heldRows", held.stream().map(h -> Json.obj("login", h.login(), "balanceShannon", h.balance(),
                                "reason", h.reason())).toList()),
                "keyProblems", keyProblems.stream().map(StatusReport::key).toList(),
                "lastFail", lastFail);
    }
}
