package org.payoutdesk.app.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PaidWindowsTest {
    @Test
    void sumsTheLastDayAndWeekWithInclusiveEdges() {
        long now = 1_800_000_000L;
        PaidWindows w = new PaidWindows(now);
        w.add(now - 60, 1_500_000_000L);
        w.add(now - 86_400, 1);                 // exactly 24 h ago: still in
        w.add(now - 86_401, 20);                 // a second older: week only
        w.add(now - 7 * 86_400, 300);            // exactly 7 days ago: in
        w.add(now - 7 * 86_400 - 1, 4_000);      // older: out
        assertEquals(java.math.BigInteger.valueOf(1_500_000_001L), w.last24h());
        assertEquals(java.math.BigInteger.valueOf(1_500_000_321L), w.last7d());
        assertEquals(2, w.count24h());
        assertEquals(4, w.count7d());
        assertEquals(now - 7 * 86_400, w.cutoffEpochSecond());
    }

    @Test
    void sumsBeyondInt64AreExactNotWrappedOrThrown() {
        PaidWindows w = new PaidWindows(1_800_000_000L);
        w.add(1_800_000_000L, Long.MAX_VALUE);
        w.add(1_800_000_000L, Long.MAX_VALUE);
        assertEquals(java.math.BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1), w.last24h());
    }
}
