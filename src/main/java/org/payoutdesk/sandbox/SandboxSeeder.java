package org.payoutdesk.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.payoutdesk.money.Shannon;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;

/**
 * Writes a realistic pool ledger into an EMPTY Redis, with the raw commands and member formats the
 * Go pool's unlocker and payouts module use (SCHEMA.md): miner hashes, per-miner thresholds, 30 UTC days
 * of payments and of matured blocks (credits:all, credits hashes, blocks:matured) that credited every
 * miner's balance + pending + paid, finances (totalMined = Σ block rewards in Shannon), and two legacy stuck payments (debit applied, no journal), plus a handful
 * of malformed rows. Everything but the stuck payments goes in one pipeline; their lock/debit runs
 * command by command like the pool's LockPayouts and UpdateBalance MULTI.
 *
 * <p>It refuses a non-empty database so it can never be pointed at a real pool's ledger by mistake.
 *
 * <p>Malformed rows and the invariants: every SCHEMA.md invariant still holds when sums are taken
 * over the values that parse as base-10 int64 (a missing field counts 0): the {@code "12abc"} balance
 * was never part of finances, the negative balance is (finances includes it), the short and
 * mixed-case logins are ordinary rows otherwise, and the fork-format payment counts its amount in
 * the miner's and the pool's {@code paid} (its {@code payments:<login>} twin is fork-shaped too; no
 * {@code finances.txcharges} is written). What they break on purpose is only row shape: "balance is
 * a non-negative int64" (two rows) and "login is 0x + 40 lower-case hex" (two rows). Nothing
 * malformed goes into {@code payments:pending} or the lock: the pool would refuse to start.
 */
public final class SandboxSeeder {
    private static final int ZADD_CHUNK = 1_000;

    private final String host;
    private final int port;

    public SandboxSeeder(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Seeds without touching any chain: the "sent" stuck payment gets no transaction hash. */
    public SeedSummary seed(SeedSpec spec) {
        return seed(spec, null);
    }

    /**
     * Seeds, calling {@code sender} (when not null) for the stuck payment that went out, right after
     * its debit, from the spec's pool address to the miner, for the debited amount in wei.
     */
    public SeedSummary seed(SeedSpec spec, TransferSender sender) {
        PoolDraft d = PoolDraft.generate(spec);
        try (Jedis redis = new Jedis(new HostAndPort(host, port),
                DefaultJedisClientConfig.builder().timeoutMillis(60_000).protocol(RedisProtocol.RESP2).build())) {
            long size = redis.dbSize();
            if (size != 0) {
                throw new IllegalStateException("refusing to seed " + host + ":" + port + ": the database holds "
                        + size + " keys (the sandbox seeds only an empty Redis)");
            }
            writeLedger(redis, d);
            List<StuckPayment> stuck = writeStuck(redis, d, sender);
            return summarize(d, stuck);
        }
    }

    private static void writeLedger(Jedis redis, PoolDraft d) {
        String coin = d.spec.coin();
        Pipeline p = redis.pipelined();
        for (MinerDraft m : d.miners) {
            p.hset(coin + ":miners:" + m.login, m.fields());
            if (m.threshold != null) p.hset(coin + ":settings:" + m.login, "payoutthreshold", m.threshold);
        }
        // Same members and scores as one WritePayment per payment; batched only to be fast.
        Map<String, Map<String, Double>> byLogin = new HashMap<>();
        Map<String, Double> all = new HashMap<>();
        for (PaymentDraft pay : d.payments) {
            all.put(pay.allMember(), (double) pay.time());
            byLogin.computeIfAbsent(pay.login(), k -> new HashMap<>()).put(pay.loginMember(), (double) pay.time());
            if (all.size() == ZADD_CHUNK) {
                p.zadd(coin + ":payments:all", all);
                all = new HashMap<>();
            }
        }
        if (!all.isEmpty()) p.zadd(coin + ":payments:all", all);
        byLogin.forEach((login, members) -> p.zadd(coin + ":payments:" + login, members));
        // What WriteMaturedBlock leaves per block: the matured and credits:all members, the credits hash.
        for (PoolDraft.BlockDraft b : d.blocks) {
            p.zadd(coin + ":blocks:matured", b.height(), b.maturedMember());
            p.zadd(coin + ":credits:all", b.height(), b.creditsMember());
            Map<String, String> fields = new LinkedHashMap<>();
            b.credits().forEach((login, amount) -> fields.put(login, Long.toString(amount)));
            p.hset(coin + ":credits:" + b.height() + ":" + b.hash(), fields);
        }
        p.hset(coin + ":finances", financesBeforeDebits(d));
        p.sync();
    }

    /** The pool-wide hash as the unlocker and past payouts left it, before the two stuck debits. */
    private static Map<String, String> financesBeforeDebits(PoolDraft d) {
        long balance = 0, immature = 0, pending = 0, paid = 0;
        for (MinerDraft m : d.miners) {
            if (m.balanceParses()) {
                balance += m.balance;
            }
            immature += m.immature;
            pending += m.pending;
            paid += m.paid;
        }
        long mined = 0;
        for (PoolDraft.BlockDraft b : d.blocks) mined += b.rewardShannon();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("balance", Long.toString(balance));
        f.put("immature", Long.toString(immature));
        f.put("pending", Long.toString(pending));
        f.put("paid", Long.toString(paid));
        // Σ RewardInShannon of the matured blocks: what miners got plus the pool's fee share.
        f.put("totalMined", Long.toString(mined));
        f.put("lastCreditHeight", Long.toString(d.lastCreditHeight));
        f.put("lastCreditHash", d.lastCreditHash);
        return f;
    }

    /**
     * The story: the first payment's transaction went out but the pool died before WritePayment; the
     * operator only ran UnlockPayouts and restarted it; the second payment then died before sending,
     * so the pool still holds the lock for it.
     */
    private static List<StuckPayment> writeStuck(Jedis redis, PoolDraft d, TransferSender sender) {
        String coin = d.spec.coin();
        String lockKey = coin + ":payments:lock";
        List<StuckPayment> out = new ArrayList<>();
        for (int i = 0; i < d.stuck.size(); i++) {
            PoolDraft.StuckDraft s = d.stuck.get(i);
            String login = s.miner().login;
            if (redis.setnx(lockKey, s.member()) != 1) {
                throw new IllegalStateException("Unable to acquire lock " + lockKey + " for " + s.member());
            }
            AbstractTransaction tx = redis.multi();
            tx.hincrBy(coin + ":miners:" + login, "balance", -s.amount());
            tx.hincrBy(coin + ":miners:" + login, "pending", s.amount());
            tx.hincrBy(coin + ":finances", "balance", -s.amount());
            tx.hincrBy(coin + ":finances", "pending", s.amount());
            tx.zadd(coin + ":payments:pending", s.debitTime(), s.member());
            tx.exec();
            s.miner().balance -= s.amount();
            s.miner().pending += s.amount();
            Optional<String> hash = Optional.empty();
            if (s.sentOnChain() && sender != null) {
                hash = Optional.of(sender.send(d.spec.poolAddress(), login, Shannon.toWei(s.amount())));
            }
            if (i < d.stuck.size() - 1) redis.del(lockKey);
            out.add(new StuckPayment(login, s.amount(), s.debitTime(), s.sentOnChain(), hash));
        }
        return out;
    }

    private static SeedSummary summarize(PoolDraft d, List<StuckPayment> stuck) {
        long balance = 0, immature = 0, pending = 0, paid = 0;
        int over = 0;
        for (MinerDraft m : d.miners) {
            if (m.balanceParses()) {
                balance += m.balance;
                if (m.balance > m.effectiveThreshold(d.spec.globalThreshold())) over++;
            }
            immature += m.immature;
            pending += m.pending;
            paid += m.paid;
        }
        return new SeedSummary(d.spec.coin(), d.miners.size(), d.spec.globalThreshold(), over,
                balance, immature, pending, paid, d.payments.size(), stuck, d.malformedLogins, d.malformations);
    }
}
