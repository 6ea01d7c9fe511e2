package org.payoutdesk.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The invariants of SCHEMA.md on a ledger written the Go pool's way, then broken one at a time. */
class AuditTest extends LedgerCase {
    static final String A = "0x" + "a1".repeat(20);
    static final String B = "0x" + "b2".repeat(20);
    static final String TX1 = "0x" + "11".repeat(32);
    static final String TX2 = "0x" + "22".repeat(32);

    @BeforeEach
    void seed() {
        // A paid session for A and B, then B's second payment in flight (lock held, pending entry).
        eth.credit(A, 5_000L);
        eth.credit(B, 3_000L);
        eth.lockPayouts(A, 1_000L);
        eth.updateBalance(A, 1_000L, NOW);
        eth.writePayment(A, TX1, 1_000L, NOW);
        eth.lockPayouts(B, 1_000L);
        eth.updateBalance(B, 1_000L, NOW);
        eth.writePayment(B, TX2, 1_000L, NOW);
        eth.lockPayouts(B, 700L);
        eth.updateBalance(B, 700L, NOW);
    }

    Violation only(AuditReport r, String invariant) {
        List<Violation> v = r.violations().stream().filter(x -> x.invariant().equals(invariant)).toList();
        assertEquals(1, v.size(), r.violations().toString());
        return v.getFirst();
    }

    @Test
    void aLedgerWrittenByThePoolIsClean() {
        AuditReport r = ledger.audit();
        assertTrue(r.clean(), r.violations().toString());
        assertEquals(List.of(LedgerAuditor.PENDING_MINERS, LedgerAuditor.PENDING_MEMBERS, LedgerAuditor.PAID_MINERS,
                LedgerAuditor.LOCK_IN_FLIGHT, LedgerAuditor.HISTORY_MIRRORED, LedgerAuditor.NOT_NEGATIVE,
                LedgerAuditor.ROWS_PARSE, LedgerAuditor.KEY_TYPES), r.checked());
    }

    @Test
    void financesPendingOffByOne() {
        eth.raw.ok("HINCRBY", "eth:finances", "pending", "1");
        AuditReport r = ledger.audit();
        Violation miners = only(r, LedgerAuditor.PENDING_MINERS);
        assertEquals(701L, miners.expected());
        assertEquals(700L, miners.actual());
        Violation members = only(r, LedgerAuditor.PENDING_MEMBERS);
        assertEquals(701L, members.expected());
        assertEquals(700L, members.actual());
        assertEquals(2, r.violations().size(), r.violations().toString());
    }

    @Test
    void pendingMemberWithoutItsDebit() {
        eth.zadd("eth:payments:pending", NOW, A + ":5");
        AuditReport r = ledger.audit();
        Violation v = only(r, LedgerAuditor.PENDING_MEMBERS);
        assertEquals(700L, v.expected());
        assertEquals(705L, v.actual());
        assertEquals(1, r.violations().size(), r.violations().toString());
    }

    @Test
    void minerPaidNotInFinances() {
        eth.raw.ok("HINCRBY", "eth:miners:" + A, "paid", "5");
        Violation v = only(ledger.audit(), LedgerAuditor.PAID_MINERS);
        assertEquals(2_000L, v.expected());
        assertEquals(2_005L, v.actual());
    }

    @Test
    void staleLockAndForeignLock() {
        eth.raw.ok("SET", "eth:payments:lock", A + ":1");
        Violation foreign = only(ledger.audit(), LedgerAuditor.LOCK_IN_FLIGHT);
        assertTrue(foreign.detail().contains(A + ":1"), foreign.detail());

        eth.rollbackBalance(B, 700L);
        Violation stale = only(ledger.audit(), LedgerAuditor.LOCK_IN_FLIGHT);
        assertTrue(stale.detail().contains("empty"), stale.detail());

        eth.raw.ok("DEL", "eth:payments:lock");
        assertTrue(ledger.audit().clean());
    }

    @Test
    void historyMemberMissingFromTheLoginsSet() {
        eth.raw.ok("ZREM", "eth:payments:" + B, TX2 + ":1000");
        Violation v = only(ledger.audit(), LedgerAuditor.HISTORY_MIRRORED);
        assertEquals(2L, v.expected());
        assertEquals(1L, v.actual());
        assertTrue(v.detail().contains(TX2 + ":" + B + ":1000"), v.detail());
    }

    @Test
    void forkHistoryIsMirroredInItsOwnFormat() {
        eth.zadd("eth:payments:all", NOW, TX1 + ":" + B + ":5:2");
        eth.zadd("eth:payments:" + B, NOW, TX1 + ":5:2");
        assertEquals(List.of(), ledger.audit().violations().stream()
                .filter(x -> x.invariant().equals(LedgerAuditor.HISTORY_MIRRORED)).toList());
    }

    @Test
    void negativeBalanceAndMalformedRows() {
        eth.raw.ok("HINCRBY", "eth:miners:" + A, "balance", "-10000");
        eth.raw.ok("HINCRBY", "eth:finances", "balance", "-10000");
        eth.zadd("eth:payments:pending", NOW, "junk");
        AuditReport r = ledger.audit();
        Violation neg = only(r, LedgerAuditor.NOT_NEGATIVE);
        assertEquals(2L, neg.actual()); // the miner and finances
        assertTrue(neg.detail().contains(A + " balance -6000"), neg.detail());
        Violation rows = only(r, LedgerAuditor.ROWS_PARSE);
        assertEquals(1L, rows.actual());
        assertTrue(rows.detail().contains("'junk'"), rows.detail());
    }
}
