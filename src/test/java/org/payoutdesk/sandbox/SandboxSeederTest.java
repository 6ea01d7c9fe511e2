package org.payoutdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.payoutdesk.testing.RedisExtension;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** Seeds a real Redis and reads everything back with plain Jedis, independently of the seeder's own sums. */
@ExtendWith(RedisExtension.class)
class SandboxSeederTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final long NOW_S = NOW.getEpochSecond();
    private static final SeedSpec SPEC = SeedSpec.defaults().withNow(NOW).withSeed(7);
    private static final Pattern LOGIN = Pattern.compile("0x[0-9a-f]{40}");
    private static final Pattern HASH = Pattern.compile("0x[0-9a-f]{64}");

    private SeedSummary seedFresh(LocalRedis redis, SeedSpec spec, TransferSender sender) {
        try (Jedis j = jedis(redis)) {
            j.flushAll();
        }
        long t0 = System.nanoTime();
        SeedSummary s = new SandboxSeeder(redis.host(), redis.port()).seed(spec, sender);
        System.out.printf("seeded %d miners, %d payments in %d ms%n", s.minerCount(), s.payments(),
                (System.nanoTime() - t0) / 1_000_000);
        return s;
    }

    private static Jedis jedis(LocalRedis redis) {
        return new Jedis(redis.host(), redis.port());
    }

    private static List<String> scan(Jedis j, String pattern) {
        Set<String> keys = new HashSet<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        ScanParams params = new ScanParams().match(pattern).count(1000);
        do {
            ScanResult<String> r = j.scan(cursor, params);
            keys.addAll(r.getResult());
            cursor = r.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return new ArrayList<>(keys);
    }

    /** Parses a ledger number; null for a value that is not a base-10 int64 (counted nowhere). */
    private static Long parse(String v) {
        if (v == null) return 0L;
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Test
    void minersAreExactAndAFewHundredAreOverTheirThreshold(LocalRedis redis) {
        SeedSummary s = seedFresh(redis, SPEC, null);
        try (Jedis j = jedis(redis)) {
            List<String> keys = scan(j, "eth:miners:*");
            assertEquals(5_000, keys.size());
            assertEquals(5_000, s.minerCount());
            int over = 0, below = 0, whales = 0, withImmature = 0, withOwnThreshold = 0, stale = 0, finders = 0;
            for (String key : keys) {
                String login = key.substring("eth:miners:".length());
                Map<String, String> h = j.hgetAll(key);
                Long balance = parse(h.get("balance"));
                String own = j.hget("eth:settings:" + login, "payoutthreshold");
                long threshold = 500_000_000L;
                if (own != null) {
                    withOwnThreshold++;
                    if (Long.parseLong(own) > 10) threshold = Long.parseLong(own);
                }
                if (balance != null && balance > threshold) over++;
                if (balance != null && balance < 500_000_000L) below++;
                if (balance != null && balance > 20_000_000_000L) whales++;
                if (parse(h.get("immature")) > 0) withImmature++;
                if (Long.parseLong(h.get("lastShare")) < NOW_S - 3 * 86_400) stale++;
                if (h.containsKey("blocksFound")) finders++;
            }
            assertEquals(s.overThreshold(), over);
            assertTrue(over >= 100 && over <= 600, "over threshold: " + over);
            assertTrue(below > 4_000, "most miners are below 0.5 ETH: " + below);
            assertTrue(whales >= 1 && whales <= 30, "a few whales over 20 ETH: " + whales);
            assertTrue(withImmature > 2_000, "immature for many: " + withImmature);
            assertTrue(withOwnThreshold > 100 && withOwnThreshold < 400, "own thresholds: " + withOwnThreshold);
            assertTrue(stale > 300, "some stale miners: " + stale);
            assertTrue(finders > 10 && finders < 150, "a few block finders: " + finders);
            System.out.printf("over threshold %d, whales %d, own thresholds %d%n", over, whales, withOwnThreshold);
        }
    }

    @Test
    void perMinerThresholdsIncludeGlobalMarkersHigherAndLowerOnes(LocalRedis redis) {
        seedFresh(redis, SPEC, null);
        try (Jedis j = jedis(redis)) {
            int global = 0, higher = 0, lower = 0;
            for (String key : scan(j, "eth:settings:*")) {
                long t = Long.parseLong(j.hget(key, "payoutthreshold"));
                if (t <= 10) global++;
                else if (t > 500_000_000L) higher++;
                else if (t < 500_000_000L) lower++;
            }
            assertTrue(global > 0 && higher > 0 && lower > 0, global + "/" + higher + "/" + lower);
        }
    }

    /**
     * Sums over every miners:* hash: a missing field counts 0, a field that is not a base-10 int64
     * (only the "12abc" balance) counts nowhere, the negative balance counts as it is.
     */
    @Test
    void financesEqualTheSumsOfTheMinerHashesAndThePendingSet(LocalRedis redis) {
        SeedSummary s = seedFresh(redis, SPEC, null);
        try (Jedis j = jedis(redis)) {
            long balance = 0, immature = 0, pending = 0, paid = 0;
            int unparseable = 0;
            for (String key : scan(j, "eth:miners:*")) {
                Map<String, String> h = j.hgetAll(key);
                Long b = parse(h.get("balance"));
                if (b == null) unparseable++;
                else balance += b;
                immature += parse(h.get("immature"));
                pending += parse(h.get("pending"));
                paid += parse(h.get("paid"));
            }
            assertEquals(1, unparseable);
            Map<String, String> f = j.hgetAll("eth:finances");
            assertEquals(balance, Long.parseLong(f.get("balance")));
            assertEquals(s.totalBalance(), balance);
            assertEquals(immature, Long.parseLong(f.get("immature")));
            assertEquals(s.totalImmature(), immature);

            long pendingSet = 0;
            for (String m : j.zrange("eth:payments:pending", 0, -1)) {
                pendingSet += Long.parseLong(m.substring(m.lastIndexOf(':') + 1));
            }
            long stuck = s.stuckPayments().get(0).amount() + s.stuckPayments().get(1).amount();
            assertEquals(stuck, Long.parseLong(f.get("pending")));
            assertEquals(stuck, pending);
            assertEquals(stuck, pendingSet);
            assertEquals(stuck, s.totalPending());

            long history = 0;
            for (String m : j.zrange("eth:payments:all", 0, -1)) history += Long.parseLong(m.split(":")[2]);
            assertEquals(paid, Long.parseLong(f.get("paid")));
            assertEquals(paid, history);
            assertEquals(s.totalPaid(), paid);

            long mined = Long.parseLong(f.get("totalMined"));
            // Immature amounts are blocks not matured yet: totalMined grows only at maturity (SandboxFinancesTest).
            assertTrue(mined >= balance + pending + paid);
            assertTrue(Long.parseLong(f.get("lastCreditHeight")) > 0);
            assertTrue(HASH.matcher(f.get("lastCreditHash")).matches());
        }
    }

    @Test
    void historySpansThirtyDaysAndEveryPaymentIsInItsMinersSet(LocalRedis redis) {
        SeedSummary s = seedFresh(redis, SPEC, null);
        try (Jedis j = jedis(redis)) {
            var all = j.zrangeWithScores("eth:payments:all", 0, -1);
            assertEquals(s.payments(), all.size());
            assertTrue(all.size() > 5_000, "payments: " + all.size());
            double min = Double.MAX_VALUE, max = 0;
            Set<String> hashes = new HashSet<>();
            Map<String, Long> paidByLogin = new HashMap<>();
            for (var t : all) {
                String[] p = t.getElement().split(":");
                assertTrue(p.length == 3 || p.length == 4, t.getElement());
                assertTrue(HASH.matcher(p[0]).matches(), p[0]);
                assertTrue(LOGIN.matcher(p[1]).matches(), p[1]);
                assertTrue(hashes.add(p[0]), "one transaction per payment");
                String own = p[0] + ":" + p[2] + (p.length == 4 ? ":" + p[3] : "");
                Double ownScore = j.zscore("eth:payments:" + p[1], own);
                assertEquals(t.getScore(), ownScore, "payments:" + p[1] + " has " + own);
                paidByLogin.merge(p[1], Long.parseLong(p[2]), Long::sum);
                min = Math.min(min, t.getScore());
                max = Math.max(max, t.getScore());
            }
            assertTrue(min >= NOW_S - 30 * 86_400 && max < NOW_S, min + ".." + max);
            assertTrue(max - min >= 29 * 86_400, "spans 30 days: " + (max - min));
            // Per miner: paid equals its own history, and the per-login sets hold nothing else.
            long perLoginMembers = 0;
            for (var e : paidByLogin.entrySet()) {
                assertEquals(e.getValue(), Long.parseLong(j.hget("eth:miners:" + e.getKey(), "paid")), e.getKey());
                perLoginMembers += j.zcard("eth:payments:" + e.getKey());
            }
            assertEquals(all.size(), perLoginMembers);
            // Keys under payments: are the history sets plus pending, lock and all.
            assertEquals(paidByLogin.size() + 3, scan(j, "eth:payments:*").size());
        }
    }

    @Test
    void twoStuckPaymentsWithTheirDebitsAndTheLockOnTheLastOne(LocalRedis redis) {
        List<String> calls = new ArrayList<>();
        TransferSender sender = (from, to, wei) -> {
            calls.add(from + ">" + to + ">" + wei);
            return "0x" + "ab".repeat(32);
        };
        SeedSummary s = seedFresh(redis, SPEC, sender);
        List<StuckPayment> stuck = s.stuckPayments();
        assertEquals(2, stuck.size());
        StuckPayment sent = stuck.get(0), unsent = stuck.get(1);
        assertTrue(sent.sentOnChain());
        assertFalse(unsent.sentOnChain());
        assertEquals(Optional.of("0x" + "ab".repeat(32)), sent.txHash());
        assertEquals(Optional.empty(), unsent.txHash());
        BigInteger wei = BigInteger.valueOf(sent.amount()).multiply(BigInteger.TEN.pow(9));
        assertEquals(List.of(SeedSpec.DEV_ACCOUNT_0 + ">" + sent.login() + ">" + wei), calls);
        try (Jedis j = jedis(redis)) {
            var pending = j.zrangeWithScores("eth:payments:pending", 0, -1);
            assertEquals(2, pending.size());
            Map<String, Double> members = new HashMap<>();
            pending.forEach(t -> members.put(t.getElement(), t.getScore()));
            for (StuckPayment p : stuck) {
                assertEquals(p.login() + ":" + p.amount(), p.member());
                assertEquals((double) p.debitTime(), members.get(p.member()));
                assertTrue(p.debitTime() > NOW_S - 3600 && p.debitTime() < NOW_S - 60);
                assertTrue(p.amount() > 500_000_000L);
                Map<String, String> h = j.hgetAll("eth:miners:" + p.login());
                assertEquals(Long.toString(p.amount()), h.get("pending"));
                assertTrue(Long.parseLong(h.get("balance")) >= 0 && Long.parseLong(h.get("balance")) < p.amount(),
                        "balance already debited: " + h.get("balance"));
                assertNull(j.hget("eth:settings:" + p.login(), "payoutthreshold"));
            }
            assertTrue(sent.debitTime() < unsent.debitTime());
            assertEquals(unsent.member(), j.get("eth:payments:lock"));
            // Legacy entries: no journal.
            assertFalse(j.exists("eth:payments:pendingnonce"));
            assertFalse(j.exists("eth:payments:pendingtx"));
        }
    }

    @Test
    void withoutASenderTheSentOneHasNoHash(LocalRedis redis) {
        SeedSummary s = seedFresh(redis, SPEC.withMiners(50), null);
        assertTrue(s.stuckPayments().get(0).sentOnChain());
        assertEquals(Optional.empty(), s.stuckPayments().get(0).txHash());
    }

    @Test
    void malformedRowsArePresentWithTheirExactRawValues(LocalRedis redis) {
        SeedSummary s = seedFresh(redis, SPEC, null);
        try (Jedis j = jedis(redis)) {
            List<String> rawBalances = new ArrayList<>();
            List<String> badLogins = new ArrayList<>();
            for (String key : scan(j, "eth:miners:*")) {
                String login = key.substring("eth:miners:".length());
                if (!LOGIN.matcher(login).matches()) badLogins.add(login);
                String b = j.hget(key, "balance");
                if (parse(b) == null || parse(b) < 0) rawBalances.add(b);
            }
            assertEquals(Set.of("12abc", "-250000000"), Set.copyOf(rawBalances));
            assertEquals(2, rawBalances.size());
            assertEquals(Set.copyOf(s.malformedLogins()), Set.copyOf(badLogins));
            assertEquals(2, badLogins.size());
            String shortLogin = badLogins.stream().filter(l -> l.length() == 18).findFirst().orElseThrow();
            assertTrue(shortLogin.matches("0x[0-9a-f]{16}"), shortLogin);
            String mixed = badLogins.stream().filter(l -> l.length() == 42).findFirst().orElseThrow();
            assertTrue(mixed.matches("0x[0-9a-fA-F]{40}") && !mixed.equals(mixed.toLowerCase()), mixed);

            // Every malformation the summary names is in Redis with exactly that raw value.
            for (Malformation m : s.malformations()) {
                switch (j.type(m.key())) {
                    case "hash" -> {
                        if (m.field().isEmpty()) assertTrue(j.exists(m.key()), m.key());
                        else assertEquals(m.raw(), j.hget(m.key(), m.field()), m.key());
                    }
                    case "zset" -> assertTrue(j.zscore(m.key(), m.raw()) != null, m.key() + " " + m.raw());
                    default -> throw new AssertionError("unexpected " + m);
                }
            }
            assertEquals(6, s.malformations().size());
            List<String> fork = j.zrange("eth:payments:all", 0, -1).stream()
                    .filter(m -> m.split(":").length == 4).toList();
            assertEquals(1, fork.size());
            String[] p = fork.get(0).split(":");
            assertEquals(Long.toString(PoolDraft.FORK_TX_CHARGES), p[3]);
            assertTrue(j.zscore("eth:payments:" + p[1], p[0] + ":" + p[2] + ":" + p[3]) != null);

            // Nothing malformed in payments:pending: it would stop the pool.
            for (String m : j.zrange("eth:payments:pending", 0, -1)) {
                assertTrue(m.matches("0x[0-9a-f]{40}:[1-9][0-9]*"), m);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameLedgerAndAnotherSeedAnother(LocalRedis redis) {
        SeedSpec small = SPEC.withMiners(500);
        SeedSummary first = seedFresh(redis, small, null);
        Map<String, String> a = dump(redis);
        SeedSummary again = seedFresh(redis, small, null);
        Map<String, String> b = dump(redis);
        assertEquals(first, again);
        assertEquals(a, b);
        seedFresh(redis, small.withSeed(8), null);
        Map<String, String> c = dump(redis);
        assertNotEquals(a.keySet(), c.keySet());
        assertNotEquals(a.get("eth:finances"), c.get("eth:finances"));
    }

    @Test
    void anotherCoinPrefixesEveryKey(LocalRedis redis) {
        seedFresh(redis, SPEC.withMiners(100).withCoin("etc"), null);
        try (Jedis j = jedis(redis)) {
            assertEquals(j.dbSize(), scan(j, "etc:*").size());
            assertEquals(100, scan(j, "etc:miners:*").size());
        }
    }

    @Test
    void refusesADatabaseThatIsNotEmpty(LocalRedis redis) {
        try (Jedis j = jedis(redis)) {
            j.flushAll();
            j.set("eth:payments:lock", "someone:1");
            var seeder = new SandboxSeeder(redis.host(), redis.port());
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> seeder.seed(SPEC));
            assertTrue(e.getMessage().contains("1 keys"), e.getMessage());
            assertEquals(1, j.dbSize());
            assertEquals("someone:1", j.get("eth:payments:lock"));
        }
    }

    /** Every key with its type and full contents, for comparing two seeded ledgers. */
    private static Map<String, String> dump(LocalRedis redis) {
        Map<String, String> out = new TreeMap<>();
        try (Jedis j = jedis(redis)) {
            for (String key : scan(j, "*")) {
                String type = j.type(key);
                String value = switch (type) {
                    case "string" -> j.get(key);
                    case "hash" -> new TreeMap<>(j.hgetAll(key)).toString();
                    case "zset" -> j.zrangeWithScores(key, 0, -1).stream()
                            .map(t -> t.getElement() + "@" + (long) t.getScore()).sorted().toList().toString();
                    default -> throw new AssertionError(key + " has unexpected type " + type);
                };
                out.put(key, type + " " + value);
            }
        }
        return out;
    }
}
