package org.payoutdesk.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.StreamEntryID;
import tools.jackson.databind.JsonNode;

/**
 * Property-style: random byte strings, huge and negative numbers and every Redis type, in every field and key the
 * ledger reads, next to a few good rows. Whatever is there, plan, status and audit answer (exit 0 or 1, one JSON
 * document, no stack trace) and nothing but a good row is ever planned or paid, at exactly its balance.
 */
class LedgerFuzzTest extends TestPoolCase {
    private static final int ROUNDS = 12;
    private static final String[] NUMBERS = {"", "-1", "-0", "0", "00", "+5", " 5", "5 ", "1e9", "0x10", "1.5",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "99999999999999999999", "５", "٣",
        "600000000", "NaN", "null", "1\n2", "\u0000"};
    private static final String[] TYPES = {"hash", "string", "list", "set", "zset", "stream"};

    @Test
    void nothingThrowsAndNothingMalformedIsEverPlanned() {
        long seed = new Random().nextLong();
        Random rnd = new Random(seed);
        for (int round = 0; round < ROUNDS; round++) {
            pool.flush();
            Map<String, Long> good = new HashMap<>();
            for (int i = 0; i < 3; i++) {
                String login = TestPool.newLogin();
                long balance = 500_000_001L + rnd.nextInt(1_000_000_000);
                pool.miner(login, balance, 0, 0);
                good.put(login, balance);
            }
            try (Jedis j = pool.jedis()) {
                for (int i = 0; i < 25; i++) {
                    try {
                        garbage(j, rnd);
                    } catch (redis.clients.jedis.exceptions.JedisDataException keyOfAnotherTypeAlready) {
                        // an earlier garbage step changed that key's type: that is damage enough
                    }
                }
            }
            String where = "seed " + seed + ", round " + round;
            List<TestPool.Run> runs = new ArrayList<>();
            for (String cmd : List.of("plan", "status", "audit")) runs.add(pool.run(cmd, "--config", config, "--json"));
            boolean pay = round % 3 == 2;
            if (pay) runs.add(pool.run("pay", "--config", config, "--yes", "--json"));
            for (TestPool.Run r : runs) {
                assertTrue(r.exit() == 0 || r.exit() == 1, where + ": exit " + r.exit() + "\n" + r.err());
                assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), where + ": " + r.err());
                JsonNode doc = r.json(); // exactly one JSON document
                assertTrue(doc.has("result") || doc.has("error"), where + ": " + r.out());
            }
            JsonNode plan = runs.get(0).result();
            if (plan == null) continue; // an error document (say, an unreadable finances type refused): nothing planned
            try (Jedis j = pool.jedis()) {
                for (JsonNode p : plan.get("payments")) {
                    String login = p.get("login").asString();
                    // A random row may happen to be well formed: then it is a debt like any other.
                    Long raw = wellFormedBalance(j, login);
                    assertTrue(raw != null, where + ": planned a malformed row: " + p + " " + j.type("eth:miners:" + login));
                    assertEquals(raw.longValue(), p.get("amountShannon").longValue(), where);
                }
                for (String login : good.keySet()) assertEquals(good.get(login), wellFormedBalance(j, login), where);
            }
            for (JsonNode h : plan.get("held")) assertFalse(h.get("reason").asString().isBlank(), where + ": " + h);
            if (pay && runs.get(3).result() != null && runs.get(3).result().has("paid")) {
                for (JsonNode p : runs.get(3).result().get("paid")) {
                    String login = p.get("login").asString();
                    assertEquals(BigInteger.valueOf(p.get("amountShannon").longValue()).multiply(BigInteger.valueOf(1_000_000_000L)),
                            pool.balanceWei(login), where);
                }
            }
        }
    }

    /**
     * The oracle, written apart from the ledger code: the balance of a row the pool could pay as it is (a hash under a
     * lower-case 0x login, every amount a canonical non-negative int64, no more than 10^9 coins; settings a hash
     * with a canonical threshold; no payments:&lt;login&gt; of another type), else null.
     */
    private static Long wellFormedBalance(Jedis j, String login) {
        if (!login.matches("0x[0-9a-f]{40}") || !"hash".equals(j.type("eth:miners:" + login))) return null;
        String settings = j.type("eth:settings:" + login);
        String history = j.type("eth:payments:" + login);
        if (!settings.equals("none") && !settings.equals("hash") || !history.equals("none") && !history.equals("zset")) return null;
        Map<String, String> row = j.hgetAll("eth:miners:" + login);
        for (String f : List.of("balance", "immature", "pending", "paid", "lastShare", "blocksFound")) {
            String v = row.get(f);
            if (v != null && (!v.matches("-?(0|[1-9][0-9]{0,18})") || new BigInteger(v).bitLength() >= 64)) return null;
            if (v != null && !f.equals("lastShare") && !f.equals("blocksFound") && v.startsWith("-")) return null;
        }
        String t = settings.equals("hash") ? j.hget("eth:settings:" + login, "payoutthreshold") : null;
        if (t != null && (!t.matches("-?(0|[1-9][0-9]{0,18})") || new BigInteger(t).bitLength() >= 64)) return null;
        long balance = Long.parseLong(row.getOrDefault("balance", "0"));
        return balance > 1_000_000_000L * 1_000_000_000L ? null : balance;
    }

    private static String pick(Random rnd, String[] from) {
        return from[rnd.nextInt(from.length)];
    }

    private static byte[] randomBytes(Random rnd) {
        byte[] b = new byte[rnd.nextInt(12)];
        rnd.nextBytes(b);
        return b;
    }

    private static String value(Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> pick(rnd, NUMBERS);
            case 1 -> Long.toString(rnd.nextLong());
            case 2 -> new String(randomBytes(rnd), StandardCharsets.ISO_8859_1);
            default -> Long.toString(rnd.nextLong() >>> rnd.nextInt(64));
        };
    }

    private static String login(Random rnd) {
        return switch (rnd.nextInt(5)) {
            case 0 -> "0xZZ" + rnd.nextInt(1000);
            case 1 -> TestPool.newLogin().toUpperCase(java.util.Locale.ROOT).replace("0X", "0x");
            case 2 -> TestPool.newLogin() + ":" + rnd.nextInt(9);
            case 3 -> new String(randomBytes(rnd), StandardCharsets.ISO_8859_1);
            default -> TestPool.newLogin();
        };
    }

    /** One damaged thing: a row, a key of another type, a member, a finances field, the lock, a journal field. */
    private static void garbage(Jedis j, Random rnd) {
        String login = login(rnd);
        String[] rowFields = {"balance", "immature", "pending", "paid", "lastShare", "blocksFound"};
        switch (rnd.nextInt(9)) {
            case 0, 1 -> {
                Map<String, String> row = new HashMap<>();
                for (String f : rowFields) if (rnd.nextBoolean()) row.put(f, value(rnd));
                row.put("balance", value(rnd));
                j.hset("eth:miners:" + login, row);
            }
            case 2 -> typed(j, "eth:" + pick(rnd, new String[] {"miners:", "settings:", "payments:"}) + login, rnd);
            case 3 -> j.hset("eth:settings:" + login, "payoutthreshold", value(rnd));
            case 4 -> j.zadd("eth:payments:pending", rnd.nextDouble() * 1e10, login + ":" + value(rnd));
            case 5 -> j.zadd("eth:payments:all", rnd.nextInt(2_000_000_000), value(rnd) + ":" + login + ":" + value(rnd));
            case 6 -> j.hset("eth:finances", pick(rnd, new String[] {"balance", "pending", "paid", "immature", "totalMined",
                "txcharges", "lastCreditHeight"}), value(rnd));
            case 7 -> {
                if (rnd.nextBoolean()) j.set("eth:payments:lock", value(rnd));
                else j.hset("eth:payments:" + pick(rnd, new String[] {"pendingtx", "pendingnonce"}), login + ":1", value(rnd));
            }
            default -> typed(j, "eth:" + pick(rnd, new String[] {"finances", "payments:pending", "payments:all",
                "payments:lock", "payments:pendingtx", "payments:pendingnonce"}), rnd);
        }
    }

    /** Replaces {@code key} by one of another (or the same) type. */
    private static void typed(Jedis j, String key, Random rnd) {
        j.del(key);
        switch (pick(rnd, TYPES)) {
            case "hash" -> j.hset(key, "balance", value(rnd));
            case "string" -> j.set(key, value(rnd));
            case "list" -> j.rpush(key, value(rnd));
            case "set" -> j.sadd(key, value(rnd));
            case "zset" -> j.zadd(key, 1, value(rnd));
            default -> j.xadd(key, StreamEntryID.NEW_ENTRY, Map.of("f", value(rnd)));
        }
    }
}
