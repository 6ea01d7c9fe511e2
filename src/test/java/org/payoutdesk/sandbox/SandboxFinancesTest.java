package org.payoutdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.payout.FinancesBook;
import org.payoutdesk.payout.FinancesDay;
import org.payoutdesk.payout.FinancesReport;
import org.payoutdesk.testing.GoPoolFixture;
import org.payoutdesk.testing.RedisExtension;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.resps.Tuple;

/**
 * The sandbox's 30 days of blocks and payments are what the Finances view shows for 30 days, exactly: every
 * day has blocks and payments, and the days add up to the finances hash and to the miner hashes, all
 * re-read here with plain Jedis independently of the seeder's and the report's sums.
 */
@ExtendWith(RedisExtension.class)
class SandboxFinancesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T00:20:00Z");
    private static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);

    @Test
    void thirtySeededDaysAddUpExactly(LocalRedis redis) {
        SeedSummary s;
        try (Jedis j = new Jedis(redis.host(), redis.port())) {
            j.flushAll();
            s = new SandboxSeeder(redis.host(), redis.port()).seed(SeedSpec.defaults().withNow(NOW).withSeed(11));
        }
        FinancesReport r;
        try (RedisPoolLedger ledger = new RedisPoolLedger(GoPoolFixture.endpoint(redis), "eth")) {
            long t0 = System.nanoTime();
            r = new FinancesBook(ledger, () -> FinancesBook.Wallet.unknown("no node"),
                    Clock.fixed(NOW, ZoneOffset.UTC)).report(30);
            System.out.printf("finances of 30 sandbox days (%d blocks, %d payments) read in %d ms%n",
                    r.total().blocks(), r.total().payments(), (System.nanoTime() - t0) / 1_000_000);
        }
        assertEquals(List.of(), r.problems());
        assertEquals(LocalDate.parse("2026-10-25"), r.days().getFirst().day());
        assertEquals(LocalDate.parse("2026-11-23"), r.days().getLast().day());
        for (FinancesDay d : r.days().subList(0, 29)) {
            assertTrue(d.blocks() > 0 && d.payments() > 0, d.toString());
        }

        // Day by day, from the raw members.
        Map<LocalDate, long[]> counts = new TreeMap<>();
        Map<LocalDate, BigInteger[]> sums = new TreeMap<>();
        for (FinancesDay d : r.days()) {
            counts.put(d.day(), new long[2]);
            sums.put(d.day(), new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO});
        }
        long mined = 0, creditedAll = 0, paidAll = 0;
        try (Jedis j = new Jedis(redis.host(), redis.port())) {
            for (Tuple t : j.zrangeWithScores("eth:credits:all", 0, -1)) {
                String[] p = t.getElement().split(":");
                LocalDate day = LocalDate.ofEpochDay(Long.parseLong(p[1]) / 86_400);
                BigInteger reward = new BigInteger(p[2]);
                long credited = 0;
                for (String v : j.hgetAll("eth:credits:" + (long) t.getScore() + ":" + p[0]).values()) credited += Long.parseLong(v);
                counts.get(day)[0]++;
                BigInteger[] x = sums.get(day);
                x[0] = x[0].add(reward);
                x[1] = x[1].add(BigInteger.valueOf(credited));
                mined += reward.divide(GWEI).longValueExact();
                creditedAll += credited;
                assertTrue(j.zrangeByScore("eth:blocks:matured", t.getScore(), t.getScore()).getFirst().contains(":" + p[0] + ":"));
            }
            for (Tuple t : j.zrangeWithScores("eth:payments:all", 0, -1)) {
                String[] p = t.getElement().split(":");
                LocalDate day = LocalDate.ofEpochDay((long) t.getScore() / 86_400);
                counts.get(day)[1]++;
                BigInteger[] x = sums.get(day);
                x[2] = x[2].add(new BigInteger(p[2]));
                if (p.length == 4) x[3] = x[3].add(new BigInteger(p[3]));
                paidAll += Long.parseLong(p[2]);
            }
            Map<String, String> f = j.hgetAll("eth:finances");
            assertEquals(Long.parseLong(f.get("totalMined")), mined);
            assertEquals(Long.parseLong(f.get("paid")), paidAll);
            // Credited = every miner's parsing, non-negative balance + pending + paid.
            long held = 0;
            for (String key : j.keys("eth:miners:*")) {
                Map<String, String> m = j.hgetAll(key);
                long balance = m.get("balance").matches("-?[0-9]+") ? Math.max(0, Long.parseLong(m.get("balance"))) : 0;
                held += balance + Long.parseLong(m.getOrDefault("pending", "0")) + Long.parseLong(m.getOrDefault("paid", "0"));
            }
            assertEquals(held, creditedAll);
            assertEquals(Long.parseLong(f.get("lastCreditHeight")), (long) j.zrevrangeWithScores("eth:credits:all", 0, 0).getFirst().getScore());
        }
        for (FinancesDay d : r.days()) {
            long[] c = counts.get(d.day());
            BigInteger[] x = sums.get(d.day());
            assertEquals(new FinancesDay(d.day(), (int) c[0], x[0], x[1], x[0].subtract(x[1].multiply(GWEI)), (int) c[1],
                    x[2], x[3]), d);
        }
        FinancesDay total = r.total();
        assertEquals(s.payments(), total.payments());
        assertEquals(BigInteger.valueOf(s.totalPaid()), total.paidShannon());
        assertEquals(BigInteger.valueOf(creditedAll), total.creditedShannon());
        assertEquals(BigInteger.valueOf(PoolDraft.FORK_TX_CHARGES), total.feesWei());
        assertEquals(PoolDraft.BLOCKS, total.blocks());
        // totalMined is Σ RewardInShannon: the rewards less each block's sub-Shannon wei (under 1 Shannon a block).
        BigInteger subShannon = total.rewardWei().subtract(BigInteger.valueOf(mined).multiply(GWEI));
        assertTrue(subShannon.signum() > 0 && subShannon.compareTo(BigInteger.valueOf(PoolDraft.BLOCKS).multiply(GWEI)) < 0,
                subShannon.toString());
    }
}
