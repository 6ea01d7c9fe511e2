package org.payoutdesk.ledger;

import org.payoutdesk.testing.GoPoolFixture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** Every write of the ledger leaves exactly the keys, fields and members the Go pool would. */
class PoolOperationsTest extends LedgerCase {
    static final String ALICE = "0x" + "a1".repeat(20);
    static final String BOB = "0x" + "b2".repeat(20);
    static final String TX = "0x" + "c3".repeat(32);

    @Test
    void debitIsThePoolsUpdateBalance() {
        eth.credit(ALICE, 1_500_000_000L);
        eth.credit(BOB, 7L);
        DebitResult r = ledger.debit(ALICE, 1_200_000_001L);

        assertEquals(new DebitResult.Debited(ALICE + ":1200000001", NOW), r);
        assertEquals(Map.of("balance", "299999999", "pending", "1200000001"), eth.raw.hgetall("eth:miners:" + ALICE));
        assertEquals(Map.of("balance", "300000006", "pending", "1200000001"), eth.raw.hgetall("eth:finances"));
        assertEquals(Map.of(ALICE + ":1200000001", Long.toString(NOW)), eth.raw.zrange("eth:payments:pending"));
        assertEquals(Map.of("balance", "7"), eth.raw.hgetall("eth:miners:" + BOB));
    }

    @Test
    void debitOfTheWholeBalanceIsAllowed() {
        eth.credit(ALICE, 500L);
        assertInstanceOf(DebitResult.Debited.class, ledger.debit(ALICE, 500L));
        assertEquals(Map.of("balance", "0", "pending", "500"), eth.raw.hgetall("eth:miners:" + ALICE));
    }

    @Test
    void debitRefusesAShortBalanceAndWritesNothing() {
        eth.credit(ALICE, 500L);
        Map<String, Object> before = eth.raw.dump("");
        DebitResult r = ledger.debit(ALICE, 501L);
        DebitResult.Refused refused = assertInstanceOf(DebitResult.Refused.class, r);
        assertEquals(500L, refused.balance());
        assertTrue(refused.reason().contains("500") && refused.reason().contains("501"), refused.reason());
        assertEquals(before, eth.raw.dump(""));
    }

    @Test
    void debitRefusesMissingMalformedAndBadInput() {
        assertInstanceOf(DebitResult.Refused.class, ledger.debit(ALICE, 1L));
        assertEquals(Map.of(), eth.raw.dump(""));
        eth.minerField(BOB, "balance", "12.5");
        Map<String, Object> before = eth.raw.dump("");
        DebitResult.Refused r = assertInstanceOf(DebitResult.Refused.class, ledger.debit(BOB, 1L));
        assertTrue(r.reason().contains("'12.5'"), r.reason());
        assertEquals(before, eth.raw.dump(""));

        eth.credit(ALICE, 100L);
        eth.minerField(ALICE, "pending", "x");
        before = eth.raw.dump("");
        r = assertInstanceOf(DebitResult.Refused.class, ledger.debit(ALICE, 10L));
        assertTrue(r.reason().contains("pending"), r.reason());
        assertInstanceOf(DebitResult.Refused.class, ledger.debit(ALICE, 0L));
        assertInstanceOf(DebitResult.Refused.class, ledger.debit(ALICE.toUpperCase().replace("0X", "0x"), 10L));
        assertEquals(before, eth.raw.dump(""));
    }

    @Test
    void rollbackIsTheExactReverseAndClearsTheJournal() {
        eth.credit(ALICE, 1_000L);
        eth.credit(BOB, 50L);
        eth.updateBalance(ALICE, 600L, NOW - 100);
        eth.journal(ALICE, 600L, 42L, TX);
        eth.journal(BOB, 9L, 43L, TX); // an unrelated journal entry stays

        ledger.rollback(ALICE, 600L);

        assertEquals(Map.of("balance", "1000", "pending", "0"), eth.raw.hgetall("eth:miners:" + ALICE));
        assertEquals(Map.of("balance", "1050", "pending", "0"), eth.raw.hgetall("eth:finances"));
        assertEquals(Map.of(), eth.raw.zrange("eth:payments:pending"));
        assertEquals(Map.of(BOB + ":9", "43"), eth.raw.hgetall("eth:payments:pendingnonce"));
        assertEquals(Map.of(BOB + ":9", TX), eth.raw.hgetall("eth:payments:pendingtx"));
    }

    @Test
    void writePaymentRecordsThePaymentAndReleasesTheLock() {
        eth.credit(ALICE, 2_000L);
        assertTrue(ledger.lock(ALICE, 1_999L));
        assertInstanceOf(DebitResult.Debited.class, ledger.debit(ALICE, 1_999L));
        ledger.journalNonce(ALICE, 1_999L, 7L);
        ledger.journalTx(ALICE, 1_999L, TX);
        assertEquals(Map.of(ALICE + ":1999", "7"), eth.raw.hgetall("eth:payments:pendingnonce"));
        assertEquals(Map.of(ALICE + ":1999", TX), eth.raw.hgetall("eth:payments:pendingtx"));

        ledger.writePayment(ALICE, TX, 1_999L);

        assertEquals(Map.of("balance", "1", "pending", "0", "paid", "1999"), eth.raw.hgetall("eth:miners:" + ALICE));
        assertEquals(Map.of("balance", "1", "pending", "0", "paid", "1999"), eth.raw.hgetall("eth:finances"));
        assertEquals(Map.of(TX + ":" + ALICE + ":1999", Long.toString(NOW)), eth.raw.zrange("eth:payments:all"));
        assertEquals(Map.of(TX + ":1999", Long.toString(NOW)), eth.raw.zrange("eth:payments:" + ALICE));
        assertFalse(eth.raw.exists("eth:payments:lock"));
        assertFalse(eth.raw.exists("eth:payments:pending"));
        assertFalse(eth.raw.exists("eth:payments:pendingnonce"));
        assertFalse(eth.raw.exists("eth:payments:pendingtx"));
        assertEquals(List.of("eth:finances", "eth:miners:" + ALICE, "eth:payments:" + ALICE, "eth:payments:all"),
                eth.raw.keys("*"));
    }

    /** The same session by the Go pool (coin "go") and by the ledger (coin "eth"): identical keyspaces. */
    @Test
    void ourWritesAreIndistinguishableFromThePools() {
        GoPoolFixture go = new GoPoolFixture(redis, "go");
        try {
            for (GoPoolFixture f : List.of(go, eth)) {
                f.credit(ALICE, 3_000_000_000L);
                f.credit(BOB, 900_000_000L);
                f.threshold(BOB, "5");
            }
            go.lockPayouts(ALICE, 2_500_000_000L);
            go.updateBalance(ALICE, 2_500_000_000L, NOW);
            go.journal(ALICE, 2_500_000_000L, 3, TX);
            go.writePayment(ALICE, TX, 2_500_000_000L, NOW);
            go.lockPayouts(BOB, 900_000_000L);
            go.updateBalance(BOB, 900_000_000L, NOW);
            go.rollbackBalance(BOB, 900_000_000L);
            go.raw.ok("DEL", "go:payments:lock");

            ledger.lock(ALICE, 2_500_000_000L);
            ledger.debit(ALICE, 2_500_000_000L);
            ledger.journalNonce(ALICE, 2_500_000_000L, 3);
            ledger.journalTx(ALICE, 2_500_000_000L, TX);
            ledger.writePayment(ALICE, TX, 2_500_000_000L);
            ledger.lock(BOB, 900_000_000L);
            ledger.debit(BOB, 900_000_000L);
            ledger.rollback(BOB, 900_000_000L);
            ledger.unlock();

            Map<String, Object> pool = go.raw.dump("go:");
            assertEquals(pool, eth.raw.dump("eth:"));
            assertEquals(6, pool.size(), pool.toString());
        } finally {
            go.close();
        }
    }

    @Test
    void coinPrefixIsUsedForEveryKey() {
        GoPoolFixture etc = new GoPoolFixture(redis, "etc");
        try (RedisPoolLedger etcLedger = new RedisPoolLedger(GoPoolFixture.endpoint(redis), "etc",
                Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC))) {
            etc.credit(ALICE, 100L);
            eth.credit(BOB, 5L);
            etcLedger.lock(ALICE, 60L);
            etcLedger.debit(ALICE, 60L);
            etcLedger.journalNonce(ALICE, 60L, 1);
            etcLedger.writePayment(ALICE, TX, 60L);
            etcLedger.lock(ALICE, 40L);
            etcLedger.debit(ALICE, 40L);
            etcLedger.journalTx(ALICE, 40L, TX);

            assertEquals(List.of("etc:finances", "etc:miners:" + ALICE, "etc:payments:" + ALICE, "etc:payments:all",
                    "etc:payments:lock", "etc:payments:pending", "etc:payments:pendingtx"), etc.raw.keys("etc:*"));
            assertEquals(List.of("eth:finances", "eth:miners:" + BOB), eth.raw.keys("eth:*"));
            assertEquals(List.of(ALICE), etcLedger.payees());
            assertEquals(List.of(BOB), ledger.payees());
            assertEquals("etc", etcLedger.coin());
            assertEquals(60L, etcLedger.finances().paid());
        } finally {
            etc.close();
        }
    }

    @Test
    void lockIsSetnxOfLoginAndAmount() {
        assertFalse(ledger.isLocked());
        assertEquals(Optional.empty(), ledger.lockValue());
        assertTrue(ledger.lock(ALICE, 123L));
        assertFalse(ledger.lock(BOB, 5L));
        assertEquals(ALICE + ":123", eth.raw.get("eth:payments:lock"));
        assertEquals(Optional.of(ALICE + ":123"), ledger.lockValue());
        assertTrue(ledger.isLocked());
        assertEquals(-1L, eth.raw.ok("TTL", "eth:payments:lock"), "no expiry, as the pool");
        ledger.unlock();
        assertFalse(eth.raw.exists("eth:payments:lock"));
        assertFalse(ledger.isLocked());
    }

    @Test
    void balanceReadsZeroWhenMissingAndRefusesMalformed() {
        assertEquals(0L, ledger.balance(ALICE));
        eth.credit(ALICE, 77L);
        assertEquals(77L, ledger.balance(ALICE));
        eth.minerField(BOB, "balance", "1e9");
        LedgerException e = assertThrows(LedgerException.class, () -> ledger.balance(BOB));
        assertTrue(e.getMessage().contains("'1e9'") && e.getMessage().contains(redis.endpoint()), e.getMessage());
    }

    @Test
    void pendingPaymentsNewestFirstWithMalformedFlagged() {
        eth.zadd("eth:payments:pending", 100, ALICE + ":5");
        eth.zadd("eth:payments:pending", 300, BOB + ":7");
        eth.zadd("eth:payments:pending", 200, "garbage");
        List<PendingPayment> p = ledger.pendingPayments();
        assertEquals(List.of(BOB + ":7", "garbage", ALICE + ":5"), p.stream().map(PendingPayment::member).toList());
        assertEquals(new PendingPayment(BOB + ":7", BOB, 7, 300, List.of()), p.get(0));
        assertEquals(RowFlag.BAD_MEMBER, p.get(1).problems().getFirst().flag());
        assertFalse(p.get(1).wellFormed());
        assertEquals(5L, p.get(2).amount());
        assertEquals(100L, p.get(2).timestamp());
    }

    @Test
    void paymentsPageNewestFirst() {
        for (int i = 1; i <= 5; i++) {
            String tx = "0x" + Integer.toString(i).repeat(64);
            eth.zadd("eth:payments:all", 1000 + i, tx + ":" + ALICE + ":" + i);
            eth.zadd("eth:payments:" + ALICE, 1000 + i, tx + ":" + i);
        }
        Page<PaymentRecord> first = ledger.payments(0, 2);
        assertEquals(5, first.total());
        assertEquals(List.of(5L, 4L), first.items().stream().map(PaymentRecord::amount).toList());
        assertEquals(new PaymentRecord("0x" + "5".repeat(64) + ":" + ALICE + ":5", "0x" + "5".repeat(64), ALICE,
                5, -1, 1005, List.of()), first.items().getFirst());
        Page<PaymentRecord> second = ledger.payments(2, 2);
        assertEquals(2, second.offset());
        assertEquals(List.of(3L, 2L), second.items().stream().map(PaymentRecord::amount).toList());
        assertEquals(List.of(1L), ledger.payments(4, 2).items().stream().map(PaymentRecord::amount).toList());
        assertEquals(List.of(), ledger.payments(5, 2).items());
        assertEquals(List.of(), ledger.payments(0, 0).items());

        Page<PaymentRecord> mine = ledger.payments(ALICE, 1, 3);
        assertEquals(5, mine.total());
        assertEquals(List.of(4L, 3L, 2L), mine.items().stream().map(PaymentRecord::amount).toList());
        assertEquals(ALICE, mine.items().getFirst().login());
        assertEquals(1004L, mine.items().getFirst().timestamp());
        assertEquals(0, ledger.payments(BOB, 0, 10).total());
    }

    @Test
    void financesReadsEveryField() {
        eth.financesField("balance", "10");
        eth.financesField("immature", "20");
        eth.financesField("pending", "30");
        eth.financesField("paid", "40");
        eth.financesField("totalMined", "50");
        eth.financesField("lastCreditHeight", "123456");
        eth.financesField("lastCreditHash", "0xabc");
        assertEquals(new Finances(10, 20, 30, 40, 50, -1, 123456, "0xabc", List.of()), ledger.finances());
        eth.financesField("txcharges", "60");
        eth.financesField("paid", "4O");
        Finances f = ledger.finances();
        assertEquals(60L, f.txCharges());
        assertEquals(0L, f.paid());
        assertEquals(RowFlag.BAD_NUMBER, f.problems().getFirst().flag());
        assertTrue(f.problems().getFirst().reason().contains("paid") && f.problems().getFirst().reason().contains("'4O'"));
    }

    @Test
    void journalRoundTripAndMalformedNonce() {
        ledger.journalNonce(ALICE, 10L, 99L);
        assertEquals(new JournalEntry(ALICE + ":10", OptionalLong.of(99L), null), ledger.journal(ALICE + ":10"));
        ledger.journalTx(ALICE, 10L, TX);
        assertEquals(new JournalEntry(ALICE + ":10", OptionalLong.of(99L), TX), ledger.journal(ALICE + ":10"));
        assertEquals(new JournalEntry(BOB + ":1", OptionalLong.empty(), null), ledger.journal(BOB + ":1"));
        eth.raw.ok("HSET", "eth:payments:pendingnonce", BOB + ":1", "0x1f");
        JournalEntry bad = ledger.journal(BOB + ":1");
        assertEquals(OptionalLong.empty(), bad.nonce());
        assertEquals(RowFlag.BAD_NUMBER, bad.problems().getFirst().flag());
        assertTrue(bad.problems().getFirst().reason().contains("'0x1f'"));
    }

    @Test
    void payeeReadsOneRowWithItsThreshold() {
        eth.credit(ALICE, 900L);
        eth.minerField(ALICE, "lastShare", "1699999999");
        eth.minerField(ALICE, "blocksFound", "2");
        eth.threshold(ALICE, "250000000");
        assertEquals(Optional.of(new PayeeRow(ALICE, 900, 0, 0, 0, 250_000_000L, 1_699_999_999L, 2, List.of())),
                ledger.payee(ALICE));
        assertEquals(Optional.empty(), ledger.payee(BOB));
    }

    @Test
    void bgsaveSaves() throws InterruptedException {
        eth.credit(ALICE, 1L);
        ledger.bgsave();
        long deadline = System.currentTimeMillis() + 10_000;
        String info = "";
        while (System.currentTimeMillis() < deadline) {
            info = (String) eth.raw.ok("INFO", "persistence");
            if (info.contains("rdb_changes_since_last_save:0") && info.contains("rdb_bgsave_in_progress:0")) break;
            Thread.sleep(20);
        }
        assertTrue(info.contains("rdb_changes_since_last_save:0"), info);
        assertTrue(info.contains("rdb_last_bgsave_status:ok"), info);
    }

    @Test
    void pingAndEndpoint() {
        assertTrue(ledger.pingMicros() > 0);
        assertEquals(redis.endpoint(), ledger.endpointDisplay());
    }

    @Test
    void unreachableRedisIsALedgerExceptionNamingTheEndpoint() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        RedisEndpoint nowhere = new RedisEndpoint("127.0.0.1", port, 0, "", java.time.Duration.ofMillis(500));
        try (RedisPoolLedger dead = new RedisPoolLedger(nowhere, "eth")) {
            Map<String, Runnable> ops = new LinkedHashMap<>();
            ops.put("payeeTable", dead::payeeTable);
            ops.put("debit", () -> dead.debit(ALICE, 1));
            ops.put("writePayment", () -> dead.writePayment(ALICE, TX, 1));
            ops.put("pendingPayments", dead::pendingPayments);
            ops.put("audit", dead::audit);
            for (Map.Entry<String, Runnable> op : ops.entrySet()) {
                LedgerException e = assertThrows(LedgerException.class, op.getValue()::run, op.getKey());
                assertTrue(e.getMessage().contains("127.0.0.1:" + port), op.getKey() + ": " + e.getMessage());
            }
        }
    }
}
