package org.payoutdesk.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.payoutdesk.sandbox.LocalRedis;
import redis.clients.jedis.Jedis;
import tools.jackson.databind.JsonNode;

/**
 * Each class of damaged ledger data next to good rows, through the real command line on a real Redis and anvil: no
 * exception escapes, the good rows are paid exactly once, each bad row or key is untouched and named with its
 * reason in plan, status and audit.
 */
class BadLedgerTest extends TestPoolCase {
    private static final long A = 1_500_000_000L;
    private static final long B = 700_000_000L;
    private static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);

    String a;
    String b;
    /** Each bad class: login → the words its reason must contain. */
    final Map<String, String> bad = new TreeMap<>();

    @BeforeEach
    void seed() {
        a = TestPool.newLogin();
        b = TestPool.newLogin();
        pool.miner(a, A, 0, 0);
        pool.miner(b, B, 0, 0);
    }

    /** Every key of these logins (miners, settings, payments), to prove a bad row is left byte for byte as it was. */
    private Map<String, Object> keysOf(Iterable<String> logins) {
        Map<String, Object> all = pool.snapshot();
        Map<String, Object> mine = new TreeMap<>();
        for (String login : logins) {
            for (String prefix : List.of("eth:miners:", "eth:settings:", "eth:payments:")) {
                if (all.containsKey(prefix + login)) mine.put(prefix + login, all.get(prefix + login));
            }
        }
        return mine;
    }

    private void seedBadRows() {
        String huge = TestPool.newLogin();
        String paidFull = TestPool.newLogin();
        String stringKey = TestPool.newLogin();
        String listKey = TestPool.newLogin();
        String badSettings = TestPool.newLogin();
        String badHistory = TestPool.newLogin();
        try (Jedis j = pool.jedis()) {
            // A valid int64 near the limit: more than any wallet of the coin could ever hold.
            j.hset("eth:miners:" + huge, Map.of("balance", Long.toString(Long.MAX_VALUE), "paid", "0", "pending", "0"));
            bad.put(huge, "more than any wallet of the coin could ever hold");
            // Paying it would take miners.paid past int64: Redis would refuse WritePayment's HINCRBY after the send.
            j.hset("eth:miners:" + paidFull, Map.of("balance", "600000000", "paid", Long.toString(Long.MAX_VALUE - 5)));
            bad.put(paidFull, "past the int64 limit");
            j.set("eth:miners:" + stringKey, "900000000");
            bad.put(stringKey, "is not a hash");
            j.rpush("eth:miners:" + listKey, "balance", "900000000");
            bad.put(listKey, "is not a hash");
            j.hset("eth:miners:" + badSettings, Map.of("balance", "800000000", "paid", "0", "pending", "0"));
            j.set("eth:settings:" + badSettings, "2000000000");
            bad.put(badSettings, "eth:settings:" + badSettings + " is not a hash");
            j.hset("eth:miners:" + badHistory, Map.of("balance", "900000000", "paid", "0", "pending", "0"));
            j.set("eth:payments:" + badHistory, "0xab:1");
            bad.put(badHistory, "eth:payments:" + badHistory + " is a string, not a zset");
            // finances follows the good-looking balances so the invariants are only broken where the data is bad
            j.hincrBy("eth:finances", "balance", 600_000_000L + 800_000_000L + 900_000_000L);
        }
    }

    @Test
    void everyBadRowIsHeldWithItsReasonAndTheGoodOnesArePaidExactlyOnce() {
        seedBadRows();
        Map<String, Object> badBefore = keysOf(bad.keySet());

        TestPool.Run plan = pool.run("plan", "--config", config, "--json");
        assertEquals(0, plan.exit(), plan.err());
        JsonNode p = plan.result();
        assertEquals(List.of(a, b), TestPool.texts(p.get("payments"), "login"));
        assertEquals(A + B, p.get("totals").get("shannon").longValue());
        assertTrue(p.get("sendable").booleanValue(), p.get("blockers").toString());
        Map<String, String> held = new HashMap<>();
        p.get("held").forEach(h -> held.put(h.get("login").asString(), h.get("reason").asString()));
        assertEquals(bad.keySet(), held.keySet(), held.toString());
        bad.forEach((login, words) -> assertTrue(held.get(login).contains(words), login + ": " + held.get(login)));

        TestPool.Run status = pool.run("status", "--config", config, "--json");
        assertEquals(0, status.exit(), status.err());
        JsonNode s = status.result();
        assertEquals(bad.size(), s.get("payees").get("held").intValue());
        List<String> badKeys = TestPool.texts(s.get("keyProblems"), "key");
        for (String login : bad.keySet()) {
            if (bad.get(login).contains("not a hash") || bad.get(login).contains("a string")) {
                assertTrue(badKeys.stream().anyMatch(k -> k.endsWith(login)), login + " not in " + badKeys);
            }
        }
        assertEquals(4, badKeys.size(), badKeys.toString());
        TestPool.Run statusText = pool.run("status", "--config", config);
        assertTrue(statusText.out().contains("Keys      4 of the wrong type or missing"), statusText.out());

        TestPool.Run audit = pool.run("audit", "--config", config, "--json");
        assertEquals(1, audit.exit(), audit.err());
        assertEquals(badKeys.stream().sorted().toList(),
                TestPool.texts(audit.result().get("keyProblems"), "key").stream().sorted().toList());

        TestPool.Run pay = pool.run("pay", "--config", config, "--yes", "--json");
        assertEquals(0, pay.exit(), pay.err() + pay.out());
        assertEquals(List.of(a, b), TestPool.texts(pay.result().get("paid"), "login"));
        assertEquals(BigInteger.valueOf(A).multiply(GWEI), pool.balanceWei(a));
        assertEquals(BigInteger.valueOf(B).multiply(GWEI), pool.balanceWei(b));
        assertEquals(badBefore, keysOf(bad.keySet()), "a bad row was written to");
        for (String login : bad.keySet()) assertEquals(BigInteger.ZERO, pool.balanceWei(login), login + " was paid");
        TestPool.Run again = pool.run("pay", "--config", config, "--yes", "--json");
        assertEquals("NOTHING_TO_PAY", again.result().get("outcome").asString(), again.out());
        for (TestPool.Run r : List.of(plan, status, statusText, audit, pay, again)) {
            assertFalse(r.err().contains("Exception") || r.out().contains("Exception"), r.err() + r.out());
        }
    }

    @Test
    void aMissingFinancesHashBlocksPayBeforeAnythingIsWritten() {
        try (Jedis j = pool.jedis()) {
            j.del("eth:finances");
        }
        Map<String, Object> before = pool.snapshot();
        TestPool.Run plan = pool.run("plan", "--config", config, "--json");
        assertEquals(0, plan.exit(), plan.err());
        JsonNode blockers = plan.result().get("blockers");
        assertEquals(1, blockers.size(), blockers.toString());
        assertEquals("eth:finances is missing (the schema needs a hash there)", blockers.get(0).get("message").asString());
        TestPool.Run pay = pool.run("pay", "--config", config, "--yes");
        assertEquals(1, pay.exit(), pay.out());
        assertTrue(pay.out().contains("Not sent: the blocking problems above must be fixed first."), pay.out());
        assertEquals(before, pool.snapshot());
        assertEquals(BigInteger.ZERO, pool.balanceWei(a));
    }

    @Test
    void anUnparsableFinancesFieldBlocksPay() {
        try (Jedis j = pool.jedis()) {
            j.hset("eth:finances", "paid", "12abc");
        }
        TestPool.Run plan = pool.run("plan", "--config", config, "--json");
        assertFalse(plan.result().get("sendable").booleanValue());
        assertTrue(plan.result().get("blockers").get(0).get("message").asString().startsWith("eth:finances does not parse"),
                plan.out());
    }

    @Test
    void poolKeysOfTheWrongTypeAreListedByStatusAndBlockThePlanWithoutAnError() {
        try (Jedis j = pool.jedis()) {
            j.hset("eth:payments:pending", "x", "1");
            j.rpush("eth:payments:lock", "a");
            j.set("eth:payments:pendingtx", "oops");
        }
        Map<String, Object> before = pool.snapshot();
        TestPool.Run status = pool.run("status", "--config", config, "--json");
        assertEquals(0, status.exit(), status.err());
        assertEquals(List.of("eth:payments:lock", "eth:payments:pending", "eth:payments:pendingtx"),
                TestPool.texts(status.result().get("keyProblems"), "key").stream().sorted().toList());
        TestPool.Run plan = pool.run("plan", "--config", config, "--json");
        assertEquals(0, plan.exit(), plan.err());
        assertEquals(3, plan.result().get("blockers").size(), plan.out());
        assertEquals(1, pool.run("pay", "--config", config, "--yes").exit());
        assertEquals(before, pool.snapshot());
    }

    @Test
    void whenRedisDiesAtTheEndOfABatchTheReportOfWhoWasPaidIsStillPrinted() throws Exception {
        try (LocalRedis own = LocalRedis.start()) {
            TestPool dying = new TestPool(own, pool.anvil, dir);
            String c = dying.config("dying.json", true, "50000000000", "");
            dying.miner(a, A, 0, 0);
            dying.miner(b, B, 0, 0);
            // Redis goes away just before the second payment takes the lock: the first is done and must be reported.
            TestPool.Run r = dying.run(line -> {
                if (line.startsWith("[2/2] paying")) own.kill();
            }, "pay", "--config", c, "--yes");
            assertEquals(1, r.exit(), r.out() + r.err());
            String out = r.out();
            assertTrue(out.contains("Sent 1 payment(s), 1.5 ETH"), out);
            assertTrue(out.matches("(?s).*" + a + "  1\\.5 ETH  0x[0-9a-f]{64}  .*"), out);
            assertTrue(out.contains("HALTED: lock for " + b + " failed"), out);
            String[] lines = out.strip().split("\n");
            assertTrue(lines[lines.length - 1].startsWith("FAILED after the batch, reading what is left to resolve failed: "),
                    out);
            assertEquals(BigInteger.valueOf(A).multiply(GWEI), pool.balanceWei(a));
        }
    }
}
