package org.payoutdesk.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link PoolLedger#lockForDebit}: SETNX sent with the debit's WATCH and reads in one round trip, the MULTI
 * only when asked. The lock, the WATCH guard and the pool's writes must be exactly those of lock() then debit().
 */
class LockedDebitTest extends UnlockerCase {
    @Test
    void locksThenDebitsAsThePoolDoes() {
        eth.credit(ALICE, 1_000L);
        try (PoolLedger.LockedDebit d = ledger.lockForDebit(ALICE, 900L)) {
            assertTrue(d.locked());
            // the lock is set before the debit runs, and nothing else yet
            assertEquals(ALICE + ":900", eth.raw.get("eth:payments:lock"));
            assertEquals(Map.of("balance", "1000"), eth.raw.hgetall("eth:miners:" + ALICE));
            assertEquals(new DebitResult.Debited(ALICE + ":900", NOW), d.debit());
            assertThrows(IllegalStateException.class, d::debit, "a second debit through the same lock");
        }
        assertEquals(Map.of("balance", "100", "pending", "900"), eth.raw.hgetall("eth:miners:" + ALICE));
        assertEquals(Map.of("balance", "100", "pending", "900"), eth.raw.hgetall("eth:finances"));
        assertEquals(Map.of(ALICE + ":900", Long.toString(NOW)), eth.raw.zrange("eth:payments:pending"));
    }

    @Test
    void aHeldLockIsRefusedAndNothingIsWritten() {
        eth.credit(ALICE, 1_000L);
        eth.lockPayouts("0x" + "b2".repeat(20), 5L);
        try (PoolLedger.LockedDebit d = ledger.lockForDebit(ALICE, 900L)) {
            assertFalse(d.locked());
            assertThrows(IllegalStateException.class, d::debit);
        }
        assertEquals("0x" + "b2".repeat(20) + ":5", eth.raw.get("eth:payments:lock"));
        assertEquals(Map.of("balance", "1000"), eth.raw.hgetall("eth:miners:" + ALICE));
        assertEquals(Map.of(), eth.raw.zrange("eth:payments:pending"));
    }

    @Test
    void aCreditBetweenTheReadsAndTheMultiIsCaughtByTheWatchAndRetried() {
        eth.credit(ALICE, 1_000L);
        AtomicInteger calls = new AtomicInteger();
        ledger.afterWatchedRead(() -> {
            if (calls.incrementAndGet() == 1) unlocker.credit(ALICE, 5L);
        });
        try (PoolLedger.LockedDebit d = ledger.lockForDebit(ALICE, 900L)) {
            assertTrue(d.locked());
            assertEquals(new DebitResult.Debited(ALICE + ":900", NOW), d.debit());
        }
        assertEquals(2, calls.get(), "the pipelined reads were WATCHed: the first EXEC aborted");
        assertEquals(Map.of("balance", "105", "pending", "900"), eth.raw.hgetall("eth:miners:" + ALICE));
    }

    @Test
    void aCreditWhileTheCallerHoldsTheLockIsCaughtToo() {
        eth.credit(ALICE, 1_000L);
        try (PoolLedger.LockedDebit d = ledger.lockForDebit(ALICE, 900L)) {
            // between SETNX+reads and the MULTI (where the payout engine checks the node): the unlocker credits
            unlocker.credit(ALICE, 7L);
            assertEquals(new DebitResult.Debited(ALICE + ":900", NOW), d.debit());
        }
        assertEquals(Map.of("balance", "107", "pending", "900"), eth.raw.hgetall("eth:miners:" + ALICE));
    }

    @Test
    void aShortBalanceIsRefusedWithTheLockLeftForTheCallerToRelease() {
        eth.credit(ALICE, 100L);
        try (PoolLedger.LockedDebit d = ledger.lockForDebit(ALICE, 900L)) {
            assertTrue(d.locked());
            DebitResult.Refused r = assertInstanceOf(DebitResult.Refused.class, d.debit());
            assertEquals(100L, r.balance());
        }
        assertEquals(ALICE + ":900", eth.raw.get("eth:payments:lock"));
        assertEquals(Map.of("balance", "100"), eth.raw.hgetall("eth:miners:" + ALICE));
    }

    @Test
    void closedWithoutDebitingLeavesNoWatchOnThePooledConnection() {
        eth.credit(ALICE, 1_000L);
        for (int i = 0; i < 20; i++) {
            try (PoolLedger.LockedDebit d = ledger.lockForDebit(ALICE, 900L)) {
                assertTrue(d.locked());
            }
            ledger.unlock();
        }
        // Every pooled connection was WATCHing miners:ALICE once; a credit now would abort a stale WATCH's EXEC.
        unlocker.credit(ALICE, 1L);
        AtomicInteger attempts = new AtomicInteger();
        ledger.afterWatchedRead(attempts::incrementAndGet);
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(DebitResult.Debited.class, ledger.debit(ALICE, 100L), "debit " + i);
        }
        assertEquals(3, attempts.get(), "no EXEC aborted by a WATCH left over on a pooled connection");
        assertEquals(Map.of("balance", "701", "pending", "300"), eth.raw.hgetall("eth:miners:" + ALICE));
    }

    @Test
    void aMinerKeyOfAnotherTypeFailsTheDebitWithTheLockLeftAsBefore() {
        eth.raw.ok("SET", "eth:miners:" + ALICE, "not a hash");
        try (PoolLedger.LockedDebit d = ledger.lockForDebit(ALICE, 900L)) {
            assertTrue(d.locked());
            LedgerException e = assertThrows(LedgerException.class, d::debit);
            assertTrue(e.getMessage().contains("debit " + ALICE + ":900"), e.getMessage());
        }
        assertEquals(ALICE + ":900", eth.raw.get("eth:payments:lock"), "resolve clears a lock without a pending entry");
        assertEquals(Map.of(), eth.raw.zrange("eth:payments:pending"));
        // and the pooled connections are usable (no WATCH, no half-read replies) for the next payment
        ledger.unlock();
        String bob = "0x" + "b2".repeat(20);
        eth.credit(bob, 1_000L);
        try (PoolLedger.LockedDebit d = ledger.lockForDebit(bob, 900L)) {
            assertEquals(new DebitResult.Debited(bob + ":900", NOW), d.debit());
        }
    }
}
