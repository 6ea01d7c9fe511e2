package org.payoutdesk.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import tools.jackson.databind.JsonNode;

/**
 * The command line end to end on the real engine: {@code CommandLine.run} with {@code Main}'s
 * wiring, a config.json on a real Redis and a real anvil (dev account 0 is the pool wallet).
 */
class HeadlessCommandsTest extends TestPoolCase {
    private static final long A_AMOUNT = 1_500_000_000L;
    private static final long B_AMOUNT = 700_000_000L;
    private static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);

    String a;
    String b;
    String under;
    String ownThreshold;

    @BeforeEach
    void seed() {
        a = TestPool.newLogin();
        b = TestPool.newLogin();
        under = TestPool.newLogin();
        ownThreshold = TestPool.newLogin();
        pool.miner(a, A_AMOUNT, 0, 2_000_000_000L);
        pool.miner(b, B_AMOUNT, 0, 0);
        pool.miner(under, 300_000_000L, 0, 0);
        pool.miner(ownThreshold, 1_000_000_000L, 0, 0);
        try (Jedis j = pool.jedis()) {
            j.hset("eth:settings:" + ownThreshold, "payoutthreshold", "2000000000");
        }
    }

    // --- plan and pay ---

    @Test
    void planShowsTheExactPaymentsAndTotalsAndWritesNothing() {
        Map<String, Object> before = pool.snapshot();
        TestPool.Run r = pool.run("plan", "--config", config, "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode plan = r.result();
        assertEquals(List.of(a, b), TestPool.texts(plan.get("payments"), "login"));
        assertEquals(A_AMOUNT, plan.get("payments").get(0).get("amountShannon").longValue());
        assertEquals("1.5", plan.get("payments").get(0).get("amountEth").asString());
        assertEquals("1500000000000000000", plan.get("payments").get(0).get("amountWei").asString());
        assertEquals(500_000_000L, plan.get("payments").get(0).get("thresholdShannon").longValue());
        assertEquals(2, plan.get("totals").get("count").intValue());
        assertEquals(A_AMOUNT + B_AMOUNT, plan.get("totals").get("shannon").longValue());
        assertEquals("2200000000000000000", plan.get("totals").get("wei").asString());
        assertEquals("2.2", plan.get("totals").get("eth").asString());
        assertTrue(plan.get("sendable").booleanValue());
        assertEquals(0, plan.get("blockers").size());
        BigInteger wallet = pool.balanceWei(TestPool.POOL);
        assertEquals(wallet.toString(), plan.get("wallet").get("wei").asString());
        BigInteger gas = new BigInteger(plan.get("gas").get("estimatedWei").asString());
        assertTrue(gas.signum() > 0, "gas estimate " + gas);
        assertEquals(wallet.subtract(new BigInteger("2200000000000000000")).subtract(gas).toString(),
                plan.get("walletAfter").get("wei").asString());

        TestPool.Run text = pool.run("plan", "--config", config);
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().startsWith("Payout plan: 2 payment(s), 2.2 ETH (2200000000 Shannon, 2200000000000000000 wei)"),
                text.out());
        assertTrue(text.out().contains(a) && text.out().contains(b), text.out());
        assertFalse(text.out().contains(under) || text.out().contains(ownThreshold), text.out());

        TestPool.Run max = pool.run("plan", "--config", config, "--max", "1", "--json");
        assertEquals(List.of(a), TestPool.texts(max.result().get("payments"), "login"));
        assertEquals(before, pool.snapshot());
    }

    @Test
    void planHoldsAMalformedRowWithItsReason() {
        try (Jedis j = pool.jedis()) {
            j.hset("eth:miners:not-an-address", "balance", "900000000");
        }
        JsonNode plan = pool.run("plan", "--config", config, "--json").result();
        assertEquals(List.of(a, b), TestPool.texts(plan.get("payments"), "login"));
        assertEquals(List.of("not-an-address"), TestPool.texts(plan.get("held"), "login"));
        assertEquals(900_000_000L, plan.get("held").get(0).get("balanceShannon").longValue());
        String reason = plan.get("held").get(0).get("reason").asString();
        assertFalse(reason.isBlank());
        // The text form lists it under its own heading, with the same reason.
        TestPool.Run text = pool.run("plan", "--config", config);
        assertTrue(text.out().contains("Held back (1), not paid, each for the reason shown:"), text.out());
        String heldPart = text.out().substring(text.out().indexOf("Held back (1)"));
        assertTrue(heldPart.contains("not-an-address") && heldPart.contains(reason), text.out());
    }

    @Test
    void payWithoutYesOnlyShowsThePlan() {
        Map<String, Object> before = pool.snapshot();
        TestPool.Run r = pool.run("pay", "--config", config);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Not sent: this only shows the batch. Run 'pay --yes' to send it."), r.out());
        TestPool.Run json = pool.run("pay", "--config", config, "--json");
        assertEquals("PREVIEW", json.result().get("outcome").asString());
        assertFalse(json.result().get("sent").booleanValue());
        assertEquals(before, pool.snapshot());
        assertEquals(BigInteger.ZERO, pool.balanceWei(a));
        assertEquals(BigInteger.ZERO, pool.balanceWei(b));
    }

    @Test
    void payYesPaysThePlanOnChainAndInRedis() {
        BigInteger walletBefore = pool.balanceWei(TestPool.POOL);
        TestPool.Run r = pool.run("pay", "--config", config, "--yes", "--json");
        assertEquals(0, r.exit(), r.err() + r.out());
        JsonNode result = r.result();
        assertEquals("PAID", result.get("outcome").asString());
        assertEquals(List.of(a, b), TestPool.texts(result.get("paid"), "login"));
        assertEquals(List.of("CONFIRMED", "CONFIRMED"), TestPool.texts(result.get("paid"), "receipt"));
        assertEquals(2, result.get("receipts").get("confirmed").intValue());
        assertEquals(A_AMOUNT + B_AMOUNT, result.get("totals").get("paidShannon").longValue());
        assertTrue(r.err().contains("[1/2] paying " + a + " 1.5 ETH"), r.err());
        assertTrue(r.err().contains("[2/2] paid " + b + " 0.7 ETH, tx "), r.err());

        assertEquals(BigInteger.valueOf(A_AMOUNT).multiply(GWEI), pool.balanceWei(a));
        assertEquals(BigInteger.valueOf(B_AMOUNT).multiply(GWEI), pool.balanceWei(b));
        BigInteger spent = walletBefore.subtract(pool.balanceWei(TestPool.POOL));
        assertTrue(spent.compareTo(BigInteger.valueOf(A_AMOUNT + B_AMOUNT).multiply(GWEI)) > 0, "gas was paid too");

        String txA = result.get("paid").get(0).get("txHash").asString();
        String txB = result.get("paid").get(1).get("txHash").asString();
        try (Jedis j = pool.jedis()) {
            assertEquals(Map.of("balance", "0", "pending", "0", "paid", Long.toString(2_000_000_000L + A_AMOUNT),
                    "immature", "0", "lastShare", "1700000000"), j.hgetAll("eth:miners:" + a));
            assertEquals("0", j.hget("eth:miners:" + b, "balance"));
            assertEquals(Long.toString(B_AMOUNT), j.hget("eth:miners:" + b, "paid"));
            assertEquals("300000000", j.hget("eth:miners:" + under, "balance"));
            assertEquals("1000000000", j.hget("eth:miners:" + ownThreshold, "balance"));
            assertEquals(List.of(txA + ":" + a + ":" + A_AMOUNT, txB + ":" + b + ":" + B_AMOUNT).stream().sorted().toList(),
                    j.zrange("eth:payments:all", 0, -1).stream().sorted().toList());
            assertEquals(List.of(txA + ":" + A_AMOUNT), j.zrange("eth:payments:" + a, 0, -1));
            assertEquals(0, j.zcard("eth:payments:pending"));
            assertFalse(j.exists("eth:payments:lock"));
            assertEquals(0, j.hlen("eth:payments:pendingnonce"));
            assertEquals(0, j.hlen("eth:payments:pendingtx"));
            assertEquals(Long.toString(300_000_000L + 1_000_000_000L), j.hget("eth:finances", "balance"));
            assertEquals(Long.toString(2_000_000_000L + A_AMOUNT + B_AMOUNT), j.hget("eth:finances", "paid"));
        }

        TestPool.Run again = pool.run("pay", "--config", config, "--yes", "--json");
        assertEquals(0, again.exit(), again.err());
        assertEquals("NOTHING_TO_PAY", again.result().get("outcome").asString());
    }

    @Test
    void payWithMaxAndWaitEachPaysOnlyTheBiggestBalance() {
        TestPool.Run r = pool.run("pay", "--config", config, "--yes", "--max", "1", "--wait-each");
        assertEquals(0, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("Receipts (followed up to 30 s): 1 confirmed, 0 reverted, 0 not mined"), r.out());
        assertEquals(BigInteger.valueOf(A_AMOUNT).multiply(GWEI), pool.balanceWei(a));
        assertEquals(BigInteger.ZERO, pool.balanceWei(b));
    }

    @Test
    void aHaltedBatchExitsOneNamesThePaymentAndResolveRollsItBack() throws IOException {
        // A gas price far under anvil's base fee: the node refuses the transfer after the debit.
        String cheap = pool.config("cheap.json", false, "1", "");
        TestPool.Run r = pool.run("pay", "--config", cheap, "--yes");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("HALTED: payment of 1.5 ETH to " + a + " failed after the debit"), r.out());
        assertTrue(r.out().contains("needs resolving: " + a + ":" + A_AMOUNT), r.out());
        assertEquals(BigInteger.ZERO, pool.balanceWei(a));
        try (Jedis j = pool.jedis()) {
            assertEquals(List.of(a + ":" + A_AMOUNT), j.zrange("eth:payments:pending", 0, -1));
            assertEquals(a + ":" + A_AMOUNT, j.get("eth:payments:lock"));
            assertEquals(Long.toString(A_AMOUNT), j.hget("eth:miners:" + a, "pending"));
        }

        JsonNode status = pool.run("status", "--config", config, "--json").result();
        assertEquals(1, status.get("pending").get("count").intValue());
        assertEquals(a + ":" + A_AMOUNT, status.get("lock").get("value").asString());
        assertTrue(status.get("lastFail").get("lastFail").asString().contains("failed after the debit"), status.toString());

        TestPool.Run blocked = pool.run("pay", "--config", config, "--yes", "--json");
        assertEquals(1, blocked.exit());
        assertEquals("BLOCKED", blocked.result().get("outcome").asString());
        assertFalse(blocked.result().get("plan").get("sendable").booleanValue());
        assertEquals(List.of("PENDING_PAYMENTS", "LOCKED"), TestPool.texts(blocked.result().get("plan").get("blockers"), "kind"));

        TestPool.Run show = pool.run("resolve", "--config", config, "--json");
        assertEquals(0, show.exit(), show.err());
        JsonNode entry = show.result().get("entries").get(0);
        assertEquals("NOT_SENT", entry.get("verdict").asString());
        assertEquals("rollback", entry.get("action").asString());

        TestPool.Run act = pool.run("resolve", "--config", config, "--yes", "--json");
        assertEquals(0, act.exit(), act.err() + act.out());
        assertEquals("rolled back", act.result().get("entries").get(0).get("action").asString());
        try (Jedis j = pool.jedis()) {
            assertEquals(0, j.zcard("eth:payments:pending"));
            assertFalse(j.exists("eth:payments:lock"));
            assertEquals(Long.toString(A_AMOUNT), j.hget("eth:miners:" + a, "balance"));
            assertEquals("0", j.hget("eth:miners:" + a, "pending"));
            assertEquals(0, j.hlen("eth:payments:pendingnonce"));
        }
    }

}
