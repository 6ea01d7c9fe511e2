package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.GoPoolFixture;
import org.payoutdesk.testing.RedisExtension;

/** The Finances figures against a ledger written with the Go pool's own storage commands, day by day. */
@ExtendWith(RedisExtension.class)
class FinancesBookTest {
    /** 2023-11-14T22:13:20Z: the 7-day range is 2023-11-08 .. 2023-11-14. */
    static final long NOW = 1_700_000_000L;
    static final long DAY_14 = LocalDate.parse("2023-11-14").toEpochDay() * 86_400;
    static final long DAY_08 = DAY_14 - 6 * 86_400;
    static final String ALICE = "0x" + "a1".repeat(20);
    static final String BOB = "0x" + "b2".repeat(20);
    static final String FEE = "0x" + "fe".repeat(20);
    static final long FORK_CHARGES = 21_000L * 50_000_000_000L; // nwTxGas × nwTxGasPrice, wei

    GoPoolFixture eth;
    RedisPoolLedger ledger;

    @BeforeEach
    void emptyLedger(LocalRedis redis) {
        eth = new GoPoolFixture(redis, "eth");
        eth.raw.flushall();
        ledger = new RedisPoolLedger(GoPoolFixture.endpoint(redis), "eth", Clock.systemUTC());
    }

    @AfterEach
    void close() {
        ledger.close();
        eth.close();
    }

    FinancesBook book(Optional<BigInteger> wallet) {
        return new FinancesBook(ledger, () -> new FinancesBook.Wallet(wallet, wallet.isEmpty() ? "node down" : null),
                Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
    }

    static String hash(int n) {
        return "0x" + String.format("%064x", n);
    }

    static Map<String, Long> rewards(Object... loginAmount) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < loginAmount.length; i += 2) m.put((String) loginAmount[i], (Long) loginAmount[i + 1]);
        return m;
    }

    static FinancesDay day(String day, int blocks, String reward, long credited, String kept, int payments, long paid,
                           long fees) {
        return new FinancesDay(LocalDate.parse(day), blocks, new BigInteger(reward), BigInteger.valueOf(credited),
                new BigInteger(kept), payments, BigInteger.valueOf(paid), BigInteger.valueOf(fees));
    }

    @Test
    void everyDayOfTheRangeWithExactFiguresFromTheGoPoolsWrites() {
        // Out of range: credited 2023-11-07 23:59:59 and a payment at the same second.
        eth.writeMaturedBlock(50, hash(50), "0x01", DAY_08 - 9_000, DAY_08 - 1, new BigInteger("2000000000000000000"),
                rewards(ALICE, 1_980_000_000L));
        eth.updateBalance(ALICE, 900_000_000L, DAY_08 - 100);
        eth.writePayment(ALICE, hash(0xa0), 900_000_000L, DAY_08 - 1);
        // 2023-11-08 00:00:00: the first second of the range.
        eth.writeMaturedBlock(60, hash(60), "0x02", DAY_08 - 7_000, DAY_08, new BigInteger("2000000000000000000"),
                rewards(ALICE, 1_000_000_000L, BOB, 980_000_000L));
        // 2023-11-12: the fork paid Bob and charged him the network fee.
        eth.updateBalance(BOB, 700_000_000L, DAY_14 - 2 * 86_400 + 3_600);
        eth.writeForkPayment(BOB, hash(0xb0), 700_000_000L, FORK_CHARGES, DAY_14 - 2 * 86_400 + 3_700);
        // 2023-11-14: two blocks (one reward with sub-Shannon wei, the pool's fee address credited too), one payment.
        eth.writeMaturedBlock(100, hash(100), "0x03", DAY_14 + 30_000, DAY_14 + 36_000,
                new BigInteger("2004000000123456789"), rewards(ALICE, 1_500_000_000L, BOB, 480_000_000L, FEE, 4_000_000L));
        eth.writeMaturedBlock(101, hash(101), "0x04", DAY_14 + 70_000, NOW - 13, new BigInteger("3000000000000000000"),
                rewards(BOB, 2_970_000_000L));
        eth.updateBalance(ALICE, 1_200_000_000L, NOW - 600);
        eth.writePayment(ALICE, hash(0xa1), 1_200_000_000L, NOW - 590);

        FinancesReport r = book(Optional.of(new BigInteger("5000000000000000000"))).report(7);

        assertEquals(List.of(
                day("2023-11-08", 1, "2000000000000000000", 1_980_000_000L, "20000000000000000", 0, 0, 0),
                FinancesDay.empty(LocalDate.parse("2023-11-09")),
                FinancesDay.empty(LocalDate.parse("2023-11-10")),
                FinancesDay.empty(LocalDate.parse("2023-11-11")),
                day("2023-11-12", 0, "0", 0, "0", 1, 700_000_000L, FORK_CHARGES),
                FinancesDay.empty(LocalDate.parse("2023-11-13")),
                day("2023-11-14", 2, "5004000000123456789", 4_954_000_000L, "50000000123456789", 1, 1_200_000_000L, 0)),
                r.days());
        assertEquals(List.of(), r.problems());
        // The hash as the unlocker and payouts left it: every block, in range or not.
        assertEquals(2_000_000_000L + 2_000_000_000L + 2_004_000_000L + 3_000_000_000L, r.finances().totalMined());
        assertEquals(2_800_000_000L, r.finances().paid());
        assertEquals(FORK_CHARGES, r.finances().txCharges());
        assertEquals(hash(101), r.finances().lastCreditHash());
        // Owed: 8,914,000,000 credited - 2,800,000,000 paid = 6,114,000,000 Shannon; wallet 5 ETH covers 81.77 %.
        assertEquals(BigInteger.valueOf(6_114_000_000L), r.owedShannon());
        assertEquals("81.77 %", r.coverageText());
        assertEquals(day("2023-11-08", 3, "7004000000123456789", 6_934_000_000L, "70000000123456789", 2,
                1_900_000_000L, FORK_CHARGES), r.total());
    }

    @Test
    void aWholeRangeOfNothingIsEveryDayAsZeros() {
        FinancesReport r = book(Optional.empty()).report(30);
        assertEquals(30, r.days().size());
        assertEquals(LocalDate.parse("2023-10-16"), r.days().getFirst().day());
        assertEquals(LocalDate.parse("2023-11-14"), r.days().getLast().day());
        assertTrue(r.days().stream().allMatch(d -> d.equals(FinancesDay.empty(d.day()))));
        assertEquals("unknown", r.coverageText());
        assertEquals("node down", r.walletProblem());
        assertThrows(IllegalArgumentException.class, () -> book(Optional.empty()).report(0));
        assertThrows(IllegalArgumentException.class, () -> book(Optional.empty()).report(FinancesBook.MAX_DAYS + 1));
    }

    @Test
    void malformedMembersAreNamedAndNeverInTheSums() {
        eth.writeMaturedBlock(100, hash(100), "0x03", DAY_14, DAY_14 + 100, new BigInteger("2000000000000000000"),
                rewards(ALICE, 1_500_000_000L, BOB, 480_000_000L));
        eth.raw.ok("HSET", "eth:credits:100:" + hash(100), FEE, "12abc");
        eth.zadd("eth:credits:all", 102, "0xdead:notatime:5");
        eth.zadd("eth:credits:all", 103, hash(103) + ":" + (DAY_14 + 200) + ":2e18");
        // Credited, but its credits hash expired and its matured member is gone.
        eth.zadd("eth:credits:all", 104, hash(104) + ":" + (DAY_14 + 300) + ":1000000000000000000");
        eth.zadd("eth:payments:all", DAY_14 + 400, "0x12:" + ALICE + ":5");
        eth.zadd("eth:payments:all", DAY_14 + 500, hash(7) + ":" + ALICE + ":-5");
        eth.updateBalance(BOB, 400_000_000L, DAY_14 + 550);
        eth.writePayment(BOB, hash(0xb1), 400_000_000L, DAY_14 + 600);

        FinancesReport r = book(Optional.empty()).report(1);

        assertEquals(List.of(day("2023-11-14", 2, "3000000000000000000", 1_980_000_000L, "1020000000000000000", 1,
                400_000_000L, 0)), r.days());
        List<String> p = r.problems();
        assertEquals(7, p.size(), String.join("\n", p));
        assertTrue(p.stream().anyMatch(s -> s.contains("'12abc'") && s.contains("left out")), String.join("\n", p));
        assertTrue(p.stream().anyMatch(s -> s.contains("0xdead:notatime:5") && s.contains("left out")));
        assertTrue(p.stream().anyMatch(s -> s.contains("reward '2e18'") && s.contains("left out")));
        assertTrue(p.stream().anyMatch(s -> s.contains("eth:credits:104:" + hash(104) + " is missing")));
        assertTrue(p.stream().anyMatch(s -> s.contains("block 104") && s.contains("no eth:blocks:matured member")));
        assertTrue(p.stream().anyMatch(s -> s.contains("'0x12:" + ALICE + ":5'") && s.contains("left out")));
        assertTrue(p.stream().anyMatch(s -> s.contains(":-5'") && s.contains("negative")));
    }

    @Test
    void creditsAllIsWalkedBackInPagesOnlyAsFarAsTheRange() {
        // 1,200 blocks credited hourly up to NOW: the 7 days hold the newest 167 (from 2023-11-08 00:00).
        int n = 1_200;
        for (int i = 0; i < n; i++) {
            long credited = NOW - 60 - (long) i * 3_600;
            eth.writeMaturedBlock(10_000 - i, hash(10_000 - i), "0x" + Integer.toHexString(i + 1), credited - 600, credited,
                    new BigInteger("2000000000000000007"), rewards(ALICE, 1_990_000_000L));
        }
        eth.raw.ok("CONFIG", "RESETSTAT");
        FinancesReport r = book(Optional.empty()).report(7);
        long inRange = java.util.stream.IntStream.range(0, n).filter(i -> NOW - 60 - (long) i * 3_600 >= DAY_08).count();
        FinancesDay total = r.total();
        assertEquals(inRange, total.blocks());
        assertEquals(BigInteger.valueOf(inRange).multiply(new BigInteger("2000000000000000007")), total.rewardWei());
        assertEquals(BigInteger.valueOf(inRange * 1_990_000_000L), total.creditedShannon());
        assertEquals(BigInteger.valueOf(inRange).multiply(new BigInteger("10000000000000007")), total.keptWei());
        String stats = (String) eth.raw.ok("INFO", "commandstats");
        System.out.println("7 days of " + inRange + " blocks: " + stats.lines().filter(l -> l.startsWith("cmdstat_z")
                || l.startsWith("cmdstat_hgetall")).toList());
        // Two pages of credits:all (the second one already older than the range), never one read per block.
        assertTrue(stats.contains("cmdstat_zrevrange:calls=2,"), stats);
    }
}
