package org.payoutdesk.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The etclabscore/open-etc-pool fork's {@code RESOLVE_PAYOUT=1} run as SCHEMA.md describes it (its
 * payouts/payer.go resolvePayouts and reconcileByNonce), on the same Redis and chain: what that fork
 * would conclude if its operator ran it at this moment. Returns what it did, one line per entry.
 */
public final class EtcLabsResolver {
    private final GoPoolFixture pool;
    private final ChainRpc rpc;
    private final String poolAddress;

    public EtcLabsResolver(GoPoolFixture pool, ChainRpc rpc, String poolAddress) {
        this.pool = pool;
        this.rpc = rpc;
        this.poolAddress = poolAddress;
    }

    public List<String> run() {
        List<String> did = new ArrayList<>();
        Map<String, String> pending = pool.raw.zrange(pool.key("payments", "pending"));
        for (String member : pending.keySet()) {
            int colon = member.lastIndexOf(':');
            String login = member.substring(0, colon);
            long amount = Long.parseLong(member.substring(colon + 1));
            String nonceText = pool.raw.hgetall(pool.key("payments", "pendingnonce")).get(member);
            String tx = pool.raw.hgetall(pool.key("payments", "pendingtx")).getOrDefault(member, "");
            if (nonceText != null) {
                long nonce = Long.parseLong(nonceText);
                if (rpc.nonce(poolAddress, "latest") > nonce) {
                    if (!tx.isEmpty() && "0x0".equals(rpc.receiptStatus(tx))) {
                        pool.rollbackBalance(login, amount);
                        did.add("rollback " + member + " (reverted)");
                    } else {
                        pool.writePayment(login, tx, amount, Instant.now().getEpochSecond());
                        did.add("paid " + member + " " + tx);
                    }
                    continue;
                }
                if (rpc.nonce(poolAddress, "pending") > nonce) {
                    did.add("left " + member + " (in the mempool)");
                    return did; // the fork stops resolving here and keeps the lock
                }
                pool.rollbackBalance(login, amount);
                did.add("rollback " + member + " (nonce unused)");
                continue;
            }
            if (tx.isEmpty() || "0x0".equals(rpc.receiptStatus(tx))) {
                pool.rollbackBalance(login, amount);
                did.add("rollback " + member);
            } else {
                pool.writePayment(login, tx, amount, Instant.now().getEpochSecond());
                did.add("paid " + member + " " + tx);
            }
        }
        pool.raw.ok("DEL", pool.key("payments", "lock"));
        return did;
    }
}
