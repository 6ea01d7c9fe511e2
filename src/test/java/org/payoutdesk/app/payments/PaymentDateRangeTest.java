package org.payoutdesk.app.payments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.payoutdesk.ledger.PaymentRecord;

class PaymentDateRangeTest {
    static final ZoneId UTC = ZoneOffset.UTC;
    static final long DAY = 86_400;
    static final long D1 = LocalDate.of(2026, 3, 1).atStartOfDay(UTC).toEpochSecond();

    /** Newest first: two on Mar 3, three on Mar 2 (one at its very first second), one on Mar 1. */
    static final long[] TS = {D1 + 2 * DAY + 50, D1 + 2 * DAY, D1 + DAY + 86_399, D1 + DAY + 10, D1 + DAY, D1 + 5};

    @Test
    void aDayRangeIsAContiguousSliceFoundByBinarySearch() {
        AtomicInteger reads = new AtomicInteger();
        PaymentDateRange mar2 = new PaymentDateRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        assertArrayEquals(new long[] {2, 5}, mar2.slice(TS.length, i -> { reads.incrementAndGet(); return TS[(int) i]; }, UTC));
        assertTrue(reads.get() <= 8, "binary search, not a scan: " + reads.get());
        assertArrayEquals(new long[] {0, 5}, new PaymentDateRange(LocalDate.of(2026, 3, 2), null).slice(TS.length, i -> TS[(int) i], UTC));
        assertArrayEquals(new long[] {2, 6}, new PaymentDateRange(null, LocalDate.of(2026, 3, 2)).slice(TS.length, i -> TS[(int) i], UTC));
        assertArrayEquals(new long[] {0, 6}, PaymentDateRange.ALL.slice(TS.length, i -> { throw new AssertionError(); }, UTC));
        PaymentDateRange none = new PaymentDateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2));
        long[] empty = none.slice(TS.length, i -> TS[(int) i], UTC);
        assertEquals(empty[0], empty[1]);
        PaymentDateRange reversed = new PaymentDateRange(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 1));
        long[] r = reversed.slice(TS.length, i -> TS[(int) i], UTC);
        assertEquals(r[0], r[1], "from after to: nothing");
    }

    @Test
    void bothDaysAreIncluded() {
        PaymentDateRange mar2 = new PaymentDateRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        assertTrue(mar2.contains(D1 + DAY, UTC));
        assertTrue(mar2.contains(D1 + 2 * DAY - 1, UTC));
        assertFalse(mar2.contains(D1 + 2 * DAY, UTC));
        assertFalse(mar2.contains(D1 + DAY - 1, UTC));
    }

    @Test
    void creditBackConfirmationListsLoginAmountAndHash() {
        String login = "0x" + "cd".repeat(20);
        String tx = "0x" + "ef".repeat(32);
        String text = PaymentConfirmations.creditBack(new PaymentRecord(tx + ":" + login + ":640000000", tx, login,
                640_000_000L, -1, D1, List.of()));
        assertTrue(text.contains("  login        " + login + "\n"), text);
        assertTrue(text.contains("  amount       0.640000000 ETH (640,000,000 Shannon)\n"), text);
        assertTrue(text.contains("  transaction  " + tx + "\n"), text);
        assertTrue(text.startsWith("This payment's transaction reverted on chain"), text);
    }
}
