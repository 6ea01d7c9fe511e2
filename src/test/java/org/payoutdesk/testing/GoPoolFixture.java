package org.payoutdesk.testing;

import java.time.Duration;

import org.payoutdesk.ledger.RedisEndpoint;
import org.payoutdesk.sandbox.LocalRedis;

/**
 * Writes ledger state with raw commands exactly as the Go pool (and the etclabscore fork) would:
 * the same keys, members and MULTI/EXEC groups, typed out here independently of the ledger's code.
 */
public final class GoPoolFixture implements AutoCloseable {
    public final RawRedis raw;
    public final String coin;

    public GoPoolFixture(LocalRedis redis, String coin) {
        this(redis.host(), redis.port(), coin);
    }

    /** On any Redis the test started (a Sentinel master, a TLS server's plain port). */
    public GoPoolFixture(String host, int port, String coin) {
        this.raw = new RawRedis(host, port);
        this.coin = coin;
    }

    /** FLUSHALL: a test starts from an empty Redis. */
    public static void flushAll(LocalRedis redis) {
        try (RawRedis r = new RawRedis(redis.host(), redis.port())) {
            r.flushall();
        }
    }

    public static RedisEndpoint endpoint(LocalRedis redis) {
        return new RedisEndpoint(redis.host(), redis.port(), 0, "", Duration.ofSeconds(3));
    }

    /** formatKey: the coin and the parts joined with ':'. */
    public String key(String... parts) {
        return coin + ":" + String.join(":", parts);
    }

    /** What the unlocker leaves: HINCRBY balance on the miner and on finances. */
    public void credit(String login, long shannon) {
        raw.ok("MULTI");
        raw.ok("HINCRBY", key("miners", login), "balance", Long.toString(shannon));
        raw.ok("HINCRBY", key("finances"), "balance", Long.toString(shannon));
        raw.ok("EXEC");
    }

    /** A raw field value, e.g. a malformed one left by an old tool. */
    public void minerField(String login, String field, String value) {
        raw.ok("HSET", key("miners", login), field, value);
    }

    public void financesField(String field, String value) {
        raw.ok("HSET", key("finances"), field, value);
    }

    public void threshold(String login, String value) {
        raw.ok("HSET", key("settings", login), "payoutthreshold", value);
    }

    public boolean lockPayouts(String login, long amount) {
        return (Long) raw.ok("SETNX", key("payments", "lock"), login + ":" + amount) == 1L;
    }

    /** UpdateBalance as the Go pool's MULTI. */
    public void updateBalance(String login, long amount, long ts) {
        raw.ok("MULTI");
        raw.ok("HINCRBY", key("miners", login), "balance", Long.toString(-amount));
        raw.ok("HINCRBY", key("miners", login), "pending", Long.toString(amount));
        raw.ok("HINCRBY", key("finances"), "balance", Long.toString(-amount));
        raw.ok("HINCRBY", key("finances"), "pending", Long.toString(amount));
        raw.ok("ZADD", key("payments", "pending"), Long.toString(ts), login + ":" + amount);
        raw.ok("EXEC");
    }

    /** RollbackBalance, plus the fork's HDEL of both journal fields. */
    public void rollbackBalance(String login, long amount) {
        raw.ok("MULTI");
        raw.ok("HINCRBY", key("miners", login), "balance", Long.toString(amount));
        raw.ok("HINCRBY", key("miners", login), "pending", Long.toString(-amount));
        raw.ok("HINCRBY", key("finances"), "balance", Long.toString(amount));
        raw.ok("HINCRBY", key("finances"), "pending", Long.toString(-amount));
        raw.ok("ZREM", key("payments", "pending"), login + ":" + amount);
        raw.ok("HDEL", key("payments", "pendingnonce"), login + ":" + amount);
        raw.ok("HDEL", key("payments", "pendingtx"), login + ":" + amount);
        raw.ok("EXEC");
    }

    /** WritePayment, plus the fork's HDEL of both journal fields. */
    public void writePayment(String login, String txHash, long amount, long ts) {
        raw.ok("MULTI");
        raw.ok("HINCRBY", key("miners", login), "pending", Long.toString(-amount));
        raw.ok("HINCRBY", key("miners", login), "paid", Long.toString(amount));
        raw.ok("HINCRBY", key("finances"), "pending", Long.toString(-amount));
        raw.ok("HINCRBY", key("finances"), "paid", Long.toString(amount));
        raw.ok("ZADD", key("payments", "all"), Long.toString(ts), txHash + ":" + login + ":" + amount);
        raw.ok("ZADD", key("payments", login), Long.toString(ts), txHash + ":" + amount);
        raw.ok("ZREM", key("payments", "pending"), login + ":" + amount);
        raw.ok("DEL", key("payments", "lock"));
        raw.ok("HDEL", key("payments", "pendingnonce"), login + ":" + amount);
        raw.ok("HDEL", key("payments", "pendingtx"), login + ":" + amount);
        raw.ok("EXEC");
    }

    /**
     * WriteMaturedBlock as the Go pool's unlocker runs it (storage/redis.go), for a block of a round at its own
     * height with no immature credits left: the round and immature entries go, the matured member and the
     * credits:all member {@code hash:ts:reward} are added, each miner's balance and the credits hash grow
     * (HSETNX), then finances. {@code creditedAt} is the unlocker's {@code ts}; the orphan flag is written
     * as join() writes a bool ("0").
     */
    public void writeMaturedBlock(long height, String hash, String nonce, long foundAt, long creditedAt,
                                  java.math.BigInteger rewardWei, java.util.Map<String, Long> roundRewards) {
        String member = String.join(":", "0", "0", nonce, hash, Long.toString(foundAt), "2000000000", "1800",
                rewardWei.toString());
        raw.ok("MULTI");
        raw.ok("DEL", key("shares", "round" + height, nonce));
        raw.ok("ZREM", key("blocks", "immature"), member);
        raw.ok("ZADD", key("blocks", "matured"), Long.toString(height), member);
        raw.ok("ZADD", key("credits", "all"), Long.toString(height), hash + ":" + creditedAt + ":" + rewardWei);
        long total = 0;
        for (var e : roundRewards.entrySet()) {
            total += e.getValue();
            raw.ok("HINCRBY", key("miners", e.getKey()), "balance", Long.toString(e.getValue()));
            raw.ok("HSETNX", key("credits", Long.toString(height), hash), e.getKey(), Long.toString(e.getValue()));
        }
        raw.ok("DEL", key("credits", "immature", Long.toString(height), hash));
        raw.ok("HINCRBY", key("finances"), "balance", Long.toString(total));
        raw.ok("HINCRBY", key("finances"), "immature", "0");
        raw.ok("HSET", key("finances"), "lastCreditHeight", Long.toString(height));
        raw.ok("HSET", key("finances"), "lastCreditHash", hash);
        raw.ok("HINCRBY", key("finances"), "totalMined",
                rewardWei.divide(java.math.BigInteger.valueOf(1_000_000_000L)).toString());
        raw.ok("EXEC");
    }

    /**
     * The open-etc-pool-friends fork's WritePayment (keepNwFees on): txcharges is nwTxGasPrice × nwTxGas, wei,
     * added to finances and appended to both history members.
     */
    public void writeForkPayment(String login, String txHash, long amount, long txChargesWei, long ts) {
        raw.ok("MULTI");
        raw.ok("HINCRBY", key("miners", login), "pending", Long.toString(-amount));
        raw.ok("HINCRBY", key("miners", login), "paid", Long.toString(amount));
        raw.ok("HINCRBY", key("finances"), "pending", Long.toString(-amount));
        raw.ok("HINCRBY", key("finances"), "paid", Long.toString(amount));
        raw.ok("HINCRBY", key("finances"), "txcharges", Long.toString(txChargesWei));
        raw.ok("ZADD", key("payments", "all"), Long.toString(ts), txHash + ":" + login + ":" + amount + ":" + txChargesWei);
        raw.ok("ZADD", key("payments", login), Long.toString(ts), txHash + ":" + amount + ":" + txChargesWei);
        raw.ok("ZREM", key("payments", "pending"), login + ":" + amount);
        raw.ok("DEL", key("payments", "lock"));
        raw.ok("EXEC");
    }

    /** The fork's journal: the nonce after the debit, the hash after the send. */
    public void journal(String login, long amount, long nonce, String txHash) {
        raw.ok("HSET", key("payments", "pendingnonce"), login + ":" + amount, Long.toString(nonce));
        if (txHash != null) raw.ok("HSET", key("payments", "pendingtx"), login + ":" + amount, txHash);
    }

    public void zadd(String key, long score, String member) {
        raw.ok("ZADD", key, Long.toString(score), member);
    }

    @Override
    public void close() {
        raw.close();
    }
}
