package org.payoutdesk.app.overview;

import java.math.BigInteger;

/** Sums (Shannon) of payments made in the last 24 hours and the last 7 days before {@code now}. */
public final class PaidWindows {
    static final long DAY = 86_400;
    private final long now;
    private BigInteger day = BigInteger.ZERO;
    private BigInteger week = BigInteger.ZERO;
    private int dayCount;
    private int weekCount;

    public PaidWindows(long nowEpochSecond) {
        this.now = nowEpochSecond;
    }

    /** Counts one payment; a payment exactly 24 h old is still in the last 24 h. */
    public void add(long epochSecond, long shannon) {
        long age = now - epochSecond;
        if (age <= 7 * DAY) {
            week = week.add(BigInteger.valueOf(shannon));
            weekCount++;
        }
        if (age <= DAY) {
            day = day.add(BigInteger.valueOf(shannon));
            dayCount++;
        }
    }

    /** The oldest second that still counts, for stopping the newest-first read. */
    public long cutoffEpochSecond() {
        return now - 7 * DAY;
    }

    public BigInteger last24h() { return day; }

    public BigInteger last7d() { return week; }

    public int count24h() { return dayCount; }

    public int count7d() { return weekCount; }
}
