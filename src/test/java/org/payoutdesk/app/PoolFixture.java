package org.payoutdesk.app;

import java.time.Instant;
import java.util.Map;
import org.payoutdesk.sandbox.LocalRedis;
import redis.clients.jedis.Jedis;

/**
 * A small ledger written with raw Redis commands exactly as the Go pool writes them (SCHEMA.md):
 * five payees (one with a malformed balance, one with a per-miner threshold), one payment stuck
 * in payments:pending with the lock still held, one recorded payment, and a finances hash whose
 * pending is deliberately 50,000,000 Shannon off, so the audit has something to report.
 */
public final class PoolFixture {
    public static final String COIN = "eth";
    public static final String A = "0x1111111111111111111111111111111111111111";
    public static final String B = "0x2222222222222222222222222222222222222222";
    public static final String C = "0x3333333333333333333333333333333333333333";
    public static final String D = "0xabcdef0000000000000000000000000000000001";
    public static final String BAD = "0x4444444444444444444444444444444444444444";
    public static final String TX = "0x" + "ab".repeat(32);
    public static final long STUCK_AMOUNT = 250_000_000L;
    public static final long FINANCES_PENDING = 300_000_000L;
    public static final long GLOBAL_THRESHOLD = 500_000_000L;

    private PoolFixture() {
    }

    public static void write(LocalRedis redis) {
        long now = Instant.now().getEpochSecond();
        try (Jedis j = new Jedis(redis.host(), redis.port())) {
            j.flushAll();
            j.hset("eth:miners:" + A, Map.of("balance", "12500000000", "immature", "1000000", "pending", "0",
                    "paid", "3000000000", "lastShare", Long.toString(now - 120), "blocksFound", "2"));
            j.hset("eth:miners:" + B, Map.of("balance", "900000001", "immature", "0", "pending", "250000000",
                    "paid", "0", "lastShare", Long.toString(now - 7200)));
            j.hset("eth:miners:" + C, Map.of("balance", "2000000000", "immature", "0", "pending", "0", "paid", "0"));
            j.hset("eth:settings:" + C, "payoutthreshold", "5000000000");
            j.hset("eth:miners:" + D, Map.of("balance", "7", "immature", "0", "pending", "0", "paid", "0"));
            j.hset("eth:miners:" + BAD, Map.of("balance", "12abc", "pending", "0", "paid", "0"));

            // UpdateBalance of B ran, the send failed: pending member and the lock stay behind.
            j.zadd("eth:payments:pending", now - 3600, B + ":" + STUCK_AMOUNT);
            j.setnx("eth:payments:lock", B + ":" + STUCK_AMOUNT);

            // WritePayment of A, a day ago.
            j.zadd("eth:payments:all", now - 86_400, TX + ":" + A + ":3000000000");
            j.zadd("eth:payments:" + A, now - 86_400, TX + ":3000000000");

            j.hset("eth:finances", Map.of("balance", "15400000008", "immature", "1000000",
                    "pending", Long.toString(FINANCES_PENDING), "paid", "3000000000",
                    "totalMined", "20000000000", "lastCreditHeight", "123456", "lastCreditHash", "0xbeef"));
        }
    }
}
