package org.payoutdesk.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.StreamEntryID;
import tools.jackson.databind.JsonNode;

/**
 * status, audit, resolve, approve and rollback end to end: legacy stuck payments as the Go pool
 * leaves them (lock, debit, no journal), one whose transfer really went out and one that never did.
 */
class ReconcileCommandsTest extends TestPoolCase {
    private static final long SENT_AMOUNT = 1_250_000_000L;
    private static final long LOST_AMOUNT = 800_000_000L;
    private static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);

    String sent;
    String lost;
    String sentTx;

    @BeforeEach
    void seed() {
        sent = TestPool.newLogin();
        lost = TestPool.newLogin();
        long debitTime = Instant.now().getEpochSecond() - 5;
        pool.legacyStuck(sent, SENT_AMOUNT, debitTime, true);
        pool.legacyStuck(lost, LOST_AMOUNT, debitTime, false);
        // The pool's transaction for `sent` went out before it crashed; nothing was written after the debit.
        sentTx = pool.sendFromPool(sent, BigInteger.valueOf(SENT_AMOUNT).multiply(GWEI));
    }

    @Test
    void resolveShowsVerdictsWithEvidenceAndChangesNothing() {
        Map<String, Object> before = pool.snapshot();
        TestPool.Run r = pool.run("resolve", "--config", config, "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode result = r.result();
        assertFalse(result.get("acted").booleanValue());
        JsonNode paid = entry(result, sent + ":" + SENT_AMOUNT);
        assertEquals("PAID", paid.get("verdict").asString());
        assertEquals(sentTx, paid.get("txHash").asString());
        assertEquals("approve", paid.get("action").asString());
        assertTrue(paid.get("evidence").asString().contains(sentTx), paid.toString());
        JsonNode notSent = entry(result, lost + ":" + LOST_AMOUNT);
        assertEquals("NOT_SENT", notSent.get("verdict").asString());
        assertEquals("rollback", notSent.get("action").asString());
        assertEquals(sent + ":" + SENT_AMOUNT, result.get("lock").get("before").asString());
        assertEquals(before, pool.snapshot());

        TestPool.Run text = pool.run("resolve", "--config", config);
        assertTrue(text.out().contains(sent + ":" + SENT_AMOUNT + "  PAID"), text.out());
        assertTrue(text.out().contains(lost + ":" + LOST_AMOUNT + "  NOT_SENT"), text.out());
        assertTrue(text.out().contains("Nothing changed. Run 'resolve --yes'"), text.out());
    }

    @Test
    void resolveYesApprovesThePaidOneRollsBackTheOtherAndClearsTheLock() {
        TestPool.Run r = pool.run("resolve", "--config", config, "--yes", "--json");
        assertEquals(0, r.exit(), r.err() + r.out());
        assertEquals("approved", entry(r.result(), sent + ":" + SENT_AMOUNT).get("action").asString());
        assertEquals("rolled back", entry(r.result(), lost + ":" + LOST_AMOUNT).get("action").asString());
        assertTrue(r.result().get("lock").get("after").isNull());
        assertEquals(0, r.result().get("left").size());
        try (Jedis j = pool.jedis()) {
            assertEquals(0, j.zcard("eth:payments:pending"));
            assertFalse(j.exists("eth:payments:lock"));
            assertEquals("0", j.hget("eth:miners:" + sent, "pending"));
            assertEquals(Long.toString(SENT_AMOUNT), j.hget("eth:miners:" + sent, "paid"));
            assertEquals("0", j.hget("eth:miners:" + sent, "balance"));
            assertEquals(List.of(sentTx + ":" + sent + ":" + SENT_AMOUNT), j.zrange("eth:payments:all", 0, -1));
            assertEquals(List.of(sentTx + ":" + SENT_AMOUNT), j.zrange("eth:payments:" + sent, 0, -1));
            assertEquals(Long.toString(LOST_AMOUNT), j.hget("eth:miners:" + lost, "balance"));
            assertEquals("0", j.hget("eth:miners:" + lost, "pending"));
            assertEquals(Long.toString(LOST_AMOUNT), j.hget("eth:finances", "balance"));
            assertEquals("0", j.hget("eth:finances", "pending"));
            assertEquals(Long.toString(SENT_AMOUNT), j.hget("eth:finances", "paid"));
            List<String> actions = j.xrange("eth:desk:audit", (StreamEntryID) null, (StreamEntryID) null).stream()
                    .map(e -> e.getFields().get("action")).toList();
            assertEquals(List.of("approve", "rollback"), actions.stream().sorted().toList());
        }
        // The lost miner is owed again and the next plan pays it; the paid one is not paid twice.
        JsonNode plan = pool.run("plan", "--config", config, "--json").result();
        assertEquals(List.of(lost), TestPool.texts(plan.get("payments"), "login"));
        assertTrue(plan.get("sendable").booleanValue());
        // A second resolve has nothing to do.
        TestPool.Run again = pool.run("resolve", "--config", config, "--yes");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().startsWith("Pending payments: 0"), again.out());
    }

    @Test
    void resolveYesExitsOneWhenAnEntryIsLeft() {
        try (Jedis j = pool.jedis()) {
            j.zadd("eth:payments:pending", 1_700_000_000, "not-a-login:12");
        }
        TestPool.Run r = pool.run("resolve", "--config", config, "--yes", "--json");
        assertEquals(1, r.exit(), r.out());
        assertFalse(r.json().get("ok").booleanValue());
        JsonNode left = entry(r.result(), "not-a-login:12");
        assertEquals("UNKNOWN", left.get("verdict").asString());
        assertEquals("left", left.get("action").asString());
        assertEquals(1, r.result().get("left").size());
        assertEquals("not-a-login:12", r.result().get("left").get(0).asString());
        assertEquals("approved", entry(r.result(), sent + ":" + SENT_AMOUNT).get("action").asString());
        assertEquals("rolled back", entry(r.result(), lost + ":" + LOST_AMOUNT).get("action").asString());
        try (Jedis j = pool.jedis()) {
            assertEquals(List.of("not-a-login:12"), j.zrange("eth:payments:pending", 0, -1));
        }
    }

    @Test
    void approveWithAWrongHashIsRefusedAndChangesNothing() {
        String other = pool.sendFromPool(TestPool.newLogin(), BigInteger.valueOf(SENT_AMOUNT).multiply(GWEI));
        Map<String, Object> before = pool.snapshot();
        TestPool.Run r = pool.run("approve", sent + ":" + SENT_AMOUNT, "--tx", other, "--config", config);
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().startsWith("approve: transaction " + other + " does not pay this entry"), r.err());
        TestPool.Run unknown = pool.run("approve", sent + ":" + SENT_AMOUNT, "--tx", "0x" + "ab".repeat(32), "--config", config);
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("is not mined (or unknown to the node)"), unknown.err());
        TestPool.Run noSuch = pool.run("approve", sent + ":1", "--tx", sentTx, "--config", config);
        assertEquals(1, noSuch.exit());
        assertEquals("approve: no pending payment '" + sent + ":1'\n", noSuch.err());
        assertEquals(before, pool.snapshot());
    }

    @Test
    void approveWithTheRightHashRecordsThePayment() {
        TestPool.Run r = pool.run("approve", sent + ":" + SENT_AMOUNT, "--tx", sentTx, "--config", config);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("approved " + sent + ":" + SENT_AMOUNT + ": recorded as paid by " + sentTx), r.out());
        try (Jedis j = pool.jedis()) {
            assertEquals(List.of(lost + ":" + LOST_AMOUNT), j.zrange("eth:payments:pending", 0, -1));
            assertEquals(List.of(sentTx + ":" + sent + ":" + SENT_AMOUNT), j.zrange("eth:payments:all", 0, -1));
            assertFalse(j.exists("eth:payments:lock"), "WritePayment deletes the lock, as in the pool");
        }
    }

    @Test
    void rollbackOfAPaidEntryIsRefusedEvenForced() {
        Map<String, Object> before = pool.snapshot();
        TestPool.Run r = pool.run("rollback", sent + ":" + SENT_AMOUNT, "--config", config);
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().lines().toList().getLast().startsWith("rollback: refused: the verdict is PAID"), r.err());
        TestPool.Run forced = pool.run("rollback", sent + ":" + SENT_AMOUNT, "--config", config, "--force", "--json");
        assertEquals(1, forced.exit(), forced.out());
        assertTrue(forced.json().get("error").asString().startsWith("refused even with --force: the verdict is PAID"),
                forced.out());
        assertTrue(forced.json().get("error").asString().endsWith("approve " + sent + ":" + SENT_AMOUNT + " --tx " + sentTx),
                forced.out());
        assertEquals(before, pool.snapshot());

        TestPool.Run ok = pool.run("rollback", lost + ":" + LOST_AMOUNT, "--config", config);
        assertEquals(0, ok.exit(), ok.err());
        assertEquals(1, pool.run("rollback", lost + ":" + LOST_AMOUNT, "--config", config).exit(), "no longer pending");
        assertTrue(ok.out().startsWith("rolled back " + lost + ":" + LOST_AMOUNT + ": 0.8 ETH credited back to " + lost),
                ok.out());
        try (Jedis j = pool.jedis()) {
            assertEquals(List.of(sent + ":" + SENT_AMOUNT), j.zrange("eth:payments:pending", 0, -1));
            assertEquals(Long.toString(LOST_AMOUNT), j.hget("eth:miners:" + lost, "balance"));
            assertEquals(sent + ":" + SENT_AMOUNT, j.get("eth:payments:lock"), "still needed by the other entry");
        }
    }

    @Test
    void statusJsonReportsEveryPart() {
        TestPool.Run r = pool.run("status", "--config", config, "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode s = r.result();
        assertEquals(pool.redis.endpoint(), s.get("redis").get("endpoint").asString());
        assertTrue(s.get("redis").get("pingMicros").longValue() > 0);
        assertEquals(pool.anvil.rpcUrl(), s.get("node").get("endpoint").asString());
        assertTrue(s.get("node").get("reachable").booleanValue());
        assertEquals(31337, s.get("node").get("chainId").longValue());
        assertEquals(pool.rpc("eth_blockNumber", "[]").asString(), "0x" + Long.toHexString(s.get("node").get("block").longValue()));
        assertTrue(s.get("node").get("peers").isNull(), "anvil has no net_peerCount");
        assertFalse(s.get("node").get("syncing").booleanValue());
        assertEquals("node-account", s.get("signer").get("kind").asString());
        assertEquals(TestPool.POOL, s.get("signer").get("address").asString());
        assertTrue(s.get("signer").get("unlocked").booleanValue());
        assertEquals(pool.balanceWei(TestPool.POOL).toString(), s.get("wallet").get("wei").asString());
        assertEquals(SENT_AMOUNT + LOST_AMOUNT, s.get("finances").get("pendingShannon").longValue());
        assertEquals(0, s.get("finances").get("balanceShannon").longValue());
        assertEquals(2, s.get("pending").get("count").intValue());
        assertTrue(s.get("lock").get("held").booleanValue());
        assertEquals(sent + ":" + SENT_AMOUNT, s.get("lock").get("value").asString());
        assertEquals(0, s.get("payees").get("overThreshold").intValue());
        assertTrue(s.get("lastFail").isNull(), "no halt in the audit stream: a legacy entry");

        TestPool.Run text = pool.run("status", "--config", config);
        assertTrue(text.out().contains("Node      " + pool.anvil.rpcUrl() + "  chain 31337, block "), text.out());
        assertTrue(text.out().contains("peers unknown, synced"), text.out());
        assertTrue(text.out().contains("Lock      HELD by " + sent + ":" + SENT_AMOUNT), text.out());
    }

    @Test
    void auditIsCleanAfterResolvingAndFailsOnABrokenInvariant() {
        assertEquals(0, pool.run("resolve", "--config", config, "--yes").exit());
        TestPool.Run r = pool.run("audit", "--config", config, "--json");
        assertEquals(0, r.exit(), r.err() + r.out());
        JsonNode a = r.result();
        assertTrue(a.get("clean").booleanValue());
        assertEquals(0, a.get("invariants").get("violations").size());
        assertEquals(LOST_AMOUNT, a.get("owed").get("shannon").longValue());
        assertEquals(pool.balanceWei(TestPool.POOL).toString(), a.get("wallet").get("wei").asString());
        assertTrue(a.get("walletCovers").booleanValue());
        // In pending order (equal scores: by member); the approve deleted the lock (WritePayment does, as in the pool).
        assertEquals(List.of("approve", "rollback"), TestPool.texts(a.get("actions"), "action").stream().sorted().toList());
        assertTrue(TestPool.texts(a.get("actions"), "operator").stream().allMatch("tester"::equals));

        try (Jedis j = pool.jedis()) {
            j.hincrBy("eth:finances", "pending", 5);
        }
        TestPool.Run broken = pool.run("audit", "--config", config, "--json");
        assertEquals(1, broken.exit());
        assertFalse(broken.json().get("ok").booleanValue());
        JsonNode v = broken.result().get("invariants").get("violations");
        assertEquals(List.of("finances.pending == \u03a3 miners.pending", "finances.pending == \u03a3 payments:pending amounts"),
                TestPool.texts(v, "invariant"));
        assertEquals(List.of(5L, 5L), v.valueStream().map(n -> n.get("expected").longValue()).toList());
        assertEquals(List.of(0L, 0L), v.valueStream().map(n -> n.get("actual").longValue()).toList());
    }

    private static JsonNode entry(JsonNode result, String member) {
        return result.get("entries").valueStream().filter(e -> member.equals(e.get("member").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + member + " in " + result));
    }
}
