package org.payoutdesk.app.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BalanceBucketsTest {
    @Test
    void bucketBoundsAreExactShannon() {
        assertEquals(0, BalanceBuckets.index(-1));
        assertEquals(1, BalanceBuckets.index(0));
        assertEquals(2, BalanceBuckets.index(999_999));        // < 0.001 ETH
        assertEquals(3, BalanceBuckets.index(1_000_000));      // 0.001 ETH
        assertEquals(5, BalanceBuckets.index(999_999_999));    // < 1 ETH
        assertEquals(6, BalanceBuckets.index(1_000_000_000));  // 1 ETH
        assertEquals(7, BalanceBuckets.index(10_000_000_000L));
        assertEquals(7, BalanceBuckets.index(Long.MAX_VALUE));
    }

    @Test
    void statsCountOnlyPayableRowsOverThreshold() {
        var a = org.payoutdesk.app.payees.PayeeQueryTest.model("0x1", 600_000_000L, 5, java.util.List.of());
        var b = org.payoutdesk.app.payees.PayeeQueryTest.model("0x2", 700_000_000L, 0, java.util.List.of(
                new org.payoutdesk.ledger.Problem(org.payoutdesk.ledger.RowFlag.BAD_LOGIN, "login 0x2")));
        PayeeStats s = PayeeStats.of(java.util.List.of(a, b));
        assertEquals(1, s.overThreshold());
        assertEquals(1, s.flagged());
        assertEquals(1, s.withPending());
        assertEquals(java.math.BigInteger.valueOf(1_300_000_000L), s.totalBalance());
        assertEquals(java.math.BigInteger.valueOf(5), s.totalPending());
        assertEquals(2, s.buckets().count(5));
    }
}
