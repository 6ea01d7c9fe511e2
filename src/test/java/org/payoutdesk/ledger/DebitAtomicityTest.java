package org.payoutdesk.ledger;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The guarded debit: another client (the unlocker) changes miners:login between the WATCHed read
 * and EXEC. A second connection does so from the test hook; the aborted EXEC must write nothing.
 */
class DebitAtomicityTest extends UnlockerCase {
    @Test
    void changedEveryTimeUnderWatchIsRefusedAndWritesNothing() {
        eth.credit(ALICE, 1_000L);
        AtomicInteger calls = new AtomicInteger();
        ledger.afterWatchedRead(() -> {
            calls.incrementAndGet();
            unlocker.credit(ALICE, 5L);
        });

        DebitResult.Refused r = assertInstanceOf(DebitResult.Refused.class, ledger.debit(ALICE, 900L));

        assertEquals(RedisPoolLedger.DEBIT_ATTEMPTS, calls.get());
        assertTrue(r.reason().contains("changed under WATCH"), r.reason());
        // Only the unlocker's two credits: no debit, no pending member.
        assertEquals(Map.of("balance", "1010"), eth.raw.hgetall("eth:miners:" + ALICE));
        assertEquals(Map.of("balance", "1010"), eth.raw.hgetall("eth:finances"));
        assertEquals(Map.of(), eth.raw.zrange("eth:payments:pending"));
    }

    @Test
    void changedOnceIsRetriedWithAFreshBalance() {
        eth.credit(ALICE, 1_000L);
        AtomicInteger calls = new AtomicInteger();
        ledger.afterWatchedRead(() -> {
            if (calls.incrementAndGet() == 1) unlocker.credit(ALICE, 5L);
        });

        assertEquals(new DebitResult.Debited(ALICE + ":900", NOW), ledger.debit(ALICE, 900L));

        assertEquals(2, calls.get());
        assertEquals(Map.of("balance", "105", "pending", "900"), eth.raw.hgetall("eth:miners:" + ALICE));
        assertEquals(Map.of("balance", "105", "pending", "900"), eth.raw.hgetall("eth:finances"));
        assertEquals(Map.of(ALICE + ":900", Long.toString(NOW)), eth.raw.zrange("eth:payments:pending"));
    }

    @Test
    void droppedBelowTheAmountUnderWatchIsRefusedOnTheRecheck() {
        eth.credit(ALICE, 1_000L);
        AtomicInteger calls = new AtomicInteger();
        ledger.afterWatchedRead(() -> {
            // Someone else debits 200 between our read and our EXEC: 800 left, below 900.
            if (calls.incrementAndGet() == 1) unlocker.updateBalance(ALICE, 200L, NOW - 1);
        });

        DebitResult.Refused r = assertInstanceOf(DebitResult.Refused.class, ledger.debit(ALICE, 900L));

        assertEquals(1, calls.get());
        assertEquals(800L, r.balance());
        assertEquals(Map.of("balance", "800", "pending", "200"), eth.raw.hgetall("eth:miners:" + ALICE));
        assertEquals(Map.of(ALICE + ":200", Long.toString(NOW - 1)), eth.raw.zrange("eth:payments:pending"));
    }

    @Test
    void theConnectionIsNotLeftWatching() {
        eth.credit(ALICE, 100L);
        assertInstanceOf(DebitResult.Refused.class, ledger.debit(ALICE, 101L));
        // If the refused debit left a WATCH on its pooled connection, this debit's EXEC would abort.
        unlocker.credit(ALICE, 1L);
        assertInstanceOf(DebitResult.Debited.class, ledger.debit(ALICE, 101L));
        assertEquals(Map.of("balance", "0", "pending", "101"), eth.raw.hgetall("eth:miners:" + ALICE));
    }
}
