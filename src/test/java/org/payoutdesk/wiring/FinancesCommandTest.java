package org.payoutdesk.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.payoutdesk.testing.GoPoolFixture;
import tools.jackson.databind.JsonNode;

/** payout-desk finances end to end: Main's wiring, a config on a real Redis and anvil, the Go pool's writes. */
class FinancesCommandTest extends TestPoolCase {
    static final String ALICE = "0x" + "a1".repeat(20);
    static final String BOB = "0x" + "b2".repeat(20);
    static final long FORK_CHARGES = 1_050_000_000_000_000L;

    static String hash(int n) {
        return "0x" + String.format("%064x", n);
    }

    @Test
    void everyDayOfTheRangeOldestFirstWithZerosAndExactAmounts() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long todayStart = today.toEpochDay() * 86_400;
        try (GoPoolFixture eth = new GoPoolFixture(pool.redis, "eth")) {
            eth.writeMaturedBlock(200, hash(200), "0x01", todayStart - 2 * 86_400, todayStart - 2 * 86_400 + 5,
                    new BigInteger("2000000000123456789"), Map.of(ALICE, 1_800_000_000L, BOB, 180_000_000L));
            eth.writeMaturedBlock(100, hash(100), "0x02", todayStart - 9 * 86_400, todayStart - 9 * 86_400,
                    new BigInteger("2000000000000000000"), Map.of(ALICE, 1_990_000_000L));
            eth.updateBalance(BOB, 150_000_000L, todayStart);
            eth.writeForkPayment(BOB, hash(0xb0), 150_000_000L, FORK_CHARGES, todayStart + 1);
        }
        TestPool.Run r = pool.run("finances", "--config", config, "--days", "4", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode result = r.result();
        List<String> days = new ArrayList<>();
        for (JsonNode d : result.get("days")) days.add(d.get("day").asString());
        assertEquals(List.of(today.minusDays(3).toString(), today.minusDays(2).toString(), today.minusDays(1).toString(),
                today.toString()), days);
        JsonNode empty = result.get("days").get(0);
        assertEquals(0, empty.get("blocks").intValue());
        assertEquals("0", empty.get("rewardWei").asString());
        assertEquals(0, empty.get("creditedShannon").longValue());
        assertEquals("0", empty.get("keptWei").asString());
        assertEquals(0, empty.get("payments").intValue());
        assertEquals(0, empty.get("paidShannon").longValue());
        assertEquals("0", empty.get("feesWei").asString());
        JsonNode block = result.get("days").get(1);
        assertEquals(1, block.get("blocks").intValue());
        assertEquals("2000000000123456789", block.get("rewardWei").asString());
        assertEquals(1_980_000_000L, block.get("creditedShannon").longValue());
        assertEquals("20000000123456789", block.get("keptWei").asString());
        JsonNode paid = result.get("days").get(3);
        assertEquals(1, paid.get("payments").intValue());
        assertEquals(150_000_000L, paid.get("paidShannon").longValue());
        assertEquals(Long.toString(FORK_CHARGES), paid.get("feesWei").asString());
        JsonNode f = result.get("finances");
        assertEquals(4_000_000_000L, f.get("totalMinedShannon").longValue());
        assertEquals(150_000_000L, f.get("paidShannon").longValue());
        assertEquals(Long.toString(FORK_CHARGES), f.get("txChargesWei").asString());
        assertEquals(200, f.get("lastCreditHeight").longValue() + 100); // the older block was written last
        assertEquals(pool.balanceWei(TestPool.POOL).toString(), result.get("wallet").get("wei").asString());
        assertTrue(result.get("problems").isEmpty(), result.toString());

        TestPool.Run text = pool.run("finances", "--config", config, "--days", "4");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith(today.minusDays(2).toString())
                && l.matches(".*\\s1\\s+2\\.000000000\\s+1\\.980000000\\s+0\\.020000000\\s+0\\s.*")), text.out());
        assertTrue(text.out().contains("finances  balance "), text.out());

        TestPool.Run thirty = pool.run("finances", "--config", config, "--json");
        assertEquals(30, thirty.result().get("days").size());
        assertEquals(2, thirty.result().get("totals").get("blocks").intValue());
    }

    @Test
    void badDaysIsUsageWithOneLineAndNothingOnStdout() {
        for (String bad : List.of("0", "367", "-3", "x", "1.5")) {
            TestPool.Run r = pool.run("finances", "--config", config, "--days", bad, "--json");
            assertEquals(ExitCode.USAGE, r.exit(), bad);
            assertEquals("", r.out(), bad);
            assertTrue(r.err().startsWith("payout-desk: --days: expected a whole number of days from 1 to 366, got \"" + bad + "\"\n"), r.err());
        }
        assertEquals(ExitCode.USAGE, pool.run("finances").exit());
    }
}
