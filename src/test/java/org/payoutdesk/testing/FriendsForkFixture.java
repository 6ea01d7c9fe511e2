package org.payoutdesk.testing;

import java.time.Instant;

/**
 * The Redis commands yuriy0803/open-etc-pool-friends' storage/redis.go issues for one payment with
 * {@code keepNwFees} (LockPayouts, UpdateBalance, then WritePayment with txCharges in wei), for comparing
 * what Payout Desk writes with what the fork writes.
 */
public final class FriendsForkFixture {
    private final RawRedis raw;
    private final String coin;

    public FriendsForkFixture(RawRedis raw, String coin) {
        this.raw = raw;
        this.coin = coin;
    }

    private String key(String... parts) {
        return coin + ":" + String.join(":", parts);
    }

    public void credit(String login, long shannon) {
        raw.ok("MULTI");
        raw.ok("HINCRBY", key("miners", login), "balance", Long.toString(shannon));
        raw.ok("HINCRBY", key("finances"), "balance", Long.toString(shannon));
        raw.ok("EXEC");
    }

    public void updateBalance(String login, long amount) {
        raw.ok("SETNX", key("payments", "lock"), login + ":" + amount);
        raw.ok("MULTI");
        raw.ok("HINCRBY", key("miners", login), "balance", Long.toString(-amount));
        raw.ok("HINCRBY", key("miners", login), "pending", Long.toString(amount));
        raw.ok("HINCRBY", key("finances"), "balance", Long.toString(-amount));
        raw.ok("HINCRBY", key("finances"), "pending", Long.toString(amount));
        raw.ok("ZADD", key("payments", "pending"), Long.toString(Instant.now().getEpochSecond()), login + ":" + amount);
        raw.ok("EXEC");
    }

    /** The fork's WritePayment(login, txHash, amount, txCharges): its order, its members. */
    public void writePayment(String login, String txHash, long amount, long txCharges) {
        String ts = Long.toString(Instant.now().getEpochSecond());
        raw.ok("MULTI");
        raw.ok("HINCRBY", key("miners", login), "pending", Long.toString(-amount));
        raw.ok("HINCRBY", key("miners", login), "paid", Long.toString(amount));
        raw.ok("HINCRBY", key("finances"), "pending", Long.toString(-amount));
        raw.ok("HINCRBY", key("finances"), "paid", Long.toString(amount));
        raw.ok("HINCRBY", key("finances"), "txcharges", Long.toString(txCharges));
        raw.ok("ZADD", key("payments", "all"), ts, txHash + ":" + login + ":" + amount + ":" + txCharges);
        raw.ok("ZADD", key("payments", login), ts, txHash + ":" + amount + ":" + txCharges);
        raw.ok("ZREM", key("payments", "pending"), login + ":" + amount);
        raw.ok("DEL", key("payments", "lock"));
        raw.ok("EXEC");
    }
}
