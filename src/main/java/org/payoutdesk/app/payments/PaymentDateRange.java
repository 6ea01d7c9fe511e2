package org.payoutdesk.app.payments;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.LongUnaryOperator;

/**
 * A from/to day filter on the payment history (both days included, in the operator's zone). The
 * history is a sorted set newest first by timestamp, so a day range is one contiguous slice whose ends
 * are found by binary search: two dozen single-item reads for 100,000 payments instead of reading all.
 */
public record PaymentDateRange(LocalDate from, LocalDate to) {
    public static final PaymentDateRange ALL = new PaymentDateRange(null, null);

    public boolean all() {
        return from == null && to == null;
    }

    /** First second included, or Long.MIN_VALUE. */
    public long fromSecond(ZoneId zone) {
        return from == null ? Long.MIN_VALUE : from.atStartOfDay(zone).toEpochSecond();
    }

    /** First second after the range, or Long.MAX_VALUE. */
    public long untilSecond(ZoneId zone) {
        return to == null ? Long.MAX_VALUE : to.plusDays(1).atStartOfDay(zone).toEpochSecond();
    }

    public boolean contains(long timestamp, ZoneId zone) {
        return timestamp >= fromSecond(zone) && timestamp < untilSecond(zone);
    }

    /** The slice [start, end) of a newest-first history of {@code total} items whose timestamps are in range. */
    public long[] slice(long total, LongUnaryOperator timestampAt, ZoneId zone) {
        if (all()) return new long[] {0, total};
        long start = firstOlderThan(total, untilSecond(zone), timestampAt);
        long end = Math.max(start, firstOlderThan(total, fromSecond(zone), timestampAt));
        return new long[] {start, end};
    }

    /** The smallest index whose timestamp is below {@code bound} (total when none): timestamps never increase. */
    static long firstOlderThan(long total, long bound, LongUnaryOperator timestampAt) {
        long lo = 0;
        long hi = total;
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (timestampAt.applyAsLong(mid) < bound) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
