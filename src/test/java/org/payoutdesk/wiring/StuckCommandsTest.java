package org.payoutdesk.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import tools.jackson.databind.JsonNode;

/**
 * stuck, speedup, cancel and the gas ceiling through the real entry point: a payment paid while anvil
 * does not mine is listed, previewed without --yes (nothing written), sped up or cancelled with --yes,
 * and resolve --yes settles it once mined. pay above desk.gasCeiling exits 4 with nothing sent.
 */
class StuckCommandsTest extends TestPoolCase {
    private static final long AMOUNT = 1_500_000_000L;

    @AfterEach
    void mineAgain() {
        pool.rpc("anvil_dropAllTransactions", "[]");
        pool.rpc("evm_setAutomine", "[true]");
    }

    /** Pays with mining paused; the receipts are followed for 1 s only. */
    private String payUnmined(String login) throws Exception {
        Path file = Path.of(config);
        Files.writeString(file, Files.readString(file).replace("\"receiptTimeout\":\"30s\"", "\"receiptTimeout\":\"1s\""));
        pool.miner(login, AMOUNT, 0, 0);
        pool.rpc("evm_setAutomine", "[false]");
        TestPool.Run paid = pool.run("pay", "--config", config, "--yes", "--json");
        assertEquals(0, paid.exit(), paid.err() + paid.out());
        try (Jedis j = pool.jedis()) {
            String member = j.zrange("eth:payments:all", 0, -1).getFirst();
            return member.substring(0, member.indexOf(':'));
        }
    }

    @Test
    void stuckListsItSpeedupPreviewsThenSendsAndResolveRecordsTheMinedHash() throws Exception {
        String login = TestPool.newLogin();
        String original = payUnmined(login);

        TestPool.Run stuck = pool.run("stuck", "--config", config, "--json");
        assertEquals(0, stuck.exit(), stuck.err());
        JsonNode list = stuck.result().get("stuck");
        assertEquals(1, list.size(), stuck.out());
        assertEquals(original, list.get(0).get("txHash").asString());
        assertEquals("RECORDED", list.get(0).get("source").asString());
        assertTrue(list.get(0).get("nonce").canConvertToLong());
        TestPool.Run text = pool.run("stuck", "--config", config);
        assertTrue(text.out().contains(original) && text.out().contains("nonce"), text.out());

        Map<String, Object> before = pool.snapshot();
        TestPool.Run preview = pool.run("speedup", original, "--config", config, "--fee-bump", "20", "--json");
        assertEquals(0, preview.exit(), preview.err());
        assertEquals(false, preview.result().get("sent").booleanValue());
        assertTrue(new BigInteger(preview.result().get("maxCostWei").asString()).compareTo(BigInteger.TEN.pow(18)) > 0);
        assertEquals(before, pool.snapshot(), "a preview writes nothing");

        TestPool.Run sent = pool.run("speedup", original, "--config", config, "--yes", "--json");
        assertEquals(0, sent.exit(), sent.err());
        String hash = sent.result().get("txHash").asString();
        pool.rpc("evm_mine", "[]");
        TestPool.Run resolved = pool.run("resolve", "--config", config, "--yes");
        assertEquals(0, resolved.exit(), resolved.err());
        try (Jedis j = pool.jedis()) {
            assertEquals(List.of(hash + ":" + login + ":" + AMOUNT), j.zrange("eth:payments:all", 0, -1));
            assertEquals(List.of(hash + ":" + AMOUNT), j.zrange("eth:payments:" + login, 0, -1));
        }
        assertEquals(BigInteger.valueOf(AMOUNT).multiply(BigInteger.TEN.pow(9)), pool.balanceWei(login));
        assertEquals(0, pool.run("stuck", "--config", config, "--json").result().get("stuck").size());
    }

    @Test
    void cancelThenResolveCreditsTheMinerBack() throws Exception {
        String login = TestPool.newLogin();
        String original = payUnmined(login);
        TestPool.Run sent = pool.run("cancel", original, "--config", config, "--yes");
        assertEquals(0, sent.exit(), sent.err());
        assertTrue(sent.out().contains("0 ETH to " + TestPool.POOL), sent.out());
        pool.rpc("evm_mine", "[]");
        assertEquals(0, pool.run("resolve", "--config", config, "--yes").exit());
        try (Jedis j = pool.jedis()) {
            assertEquals(Long.toString(AMOUNT), j.hget("eth:miners:" + login, "balance"));
            assertEquals("0", j.hget("eth:miners:" + login, "paid"));
            assertEquals(List.of(), j.zrange("eth:payments:all", 0, -1));
        }
        assertEquals(BigInteger.ZERO, pool.balanceWei(login));
    }

    @Test
    void badUsageIsOneLineAndExit2() {
        TestPool.Run noHash = pool.run("speedup", "--config", config);
        assertEquals(2, noHash.exit());
        assertTrue(noHash.err().startsWith("payout-desk: speedup needs TX_HASH"), noHash.err());
        TestPool.Run lowBump = pool.run("cancel", "0x" + "1".repeat(64), "--config", config, "--fee-bump", "5");
        assertEquals(2, lowBump.exit());
        assertTrue(lowBump.err().startsWith("payout-desk: --fee-bump: expected a percentage from 10"), lowBump.err());
        TestPool.Run unknown = pool.run("speedup", "0x" + "1".repeat(64), "--config", config);
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("is not one of this pool's stuck payments"), unknown.err());
    }

    @Test
    void payAboveTheGasCeilingIsDeferredWithExit4AndSendsNothing() throws Exception {
        String login = TestPool.newLogin();
        pool.miner(login, AMOUNT, 0, 0);
        String low = pool.config("low.json", true, "50000000000", "\"gasCeiling\":\"1\"");
        Map<String, Object> before = pool.snapshot();
        TestPool.Run plan = pool.run("plan", "--config", low, "--json");
        assertEquals(0, plan.exit(), plan.err());
        assertTrue(plan.result().get("deferred").booleanValue());
        assertTrue(plan.result().get("blockers").get(0).get("message").asString().endsWith("is above the ceiling 0.000000001 gwei: payouts deferred"),
                plan.out());
        TestPool.Run pay = pool.run("pay", "--config", low, "--yes", "--json");
        assertEquals(4, pay.exit(), pay.out() + pay.err());
        assertEquals("DEFERRED", pay.result().get("outcome").asString());
        Map<String, Object> after = pool.snapshot();
        after.keySet().removeIf(k -> k.equals("eth:desk:audit"));
        before.keySet().removeIf(k -> k.equals("eth:desk:audit"));
        assertEquals(before, after, "nothing written");

        String high = pool.config("high.json", true, "50000000000", "\"gasCeiling\":\"1000000000000\"");
        TestPool.Run paid = pool.run("pay", "--config", high, "--yes");
        assertEquals(0, paid.exit(), paid.err());
        assertEquals(BigInteger.valueOf(AMOUNT).multiply(BigInteger.TEN.pow(9)), pool.balanceWei(login));
    }

    @Test
    void keepNwFeesPlanShowsWhatTheMinerReceivesAndTheFeeKept() throws Exception {
        String login = TestPool.newLogin();
        pool.miner(login, AMOUNT, 0, 0);
        Path file = Path.of(pool.config("fees.json", true, "50000000000", ""));
        Files.writeString(file, Files.readString(file).replace("\"bgsave\":false",
                "\"bgsave\":false,\"keepNwFees\":true,\"nwTxGas\":\"21000\",\"nwTxGasPrice\":\"50000000000\""));
        TestPool.Run plan = pool.run("plan", "--config", file.toString(), "--json");
        assertEquals(0, plan.exit(), plan.err());
        JsonNode p = plan.result().get("payments").get(0);
        assertEquals("1050000000000000", p.get("feeKeptWei").asString());
        assertEquals("1498950000000000000", p.get("receivesWei").asString());
        TestPool.Run text = pool.run("plan", "--config", file.toString());
        assertTrue(text.out().contains("receives 1.49895 ETH, network fee kept 0.00105 ETH"), text.out());
    }
}
