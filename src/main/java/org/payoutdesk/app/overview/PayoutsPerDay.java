package org.payoutdesk.app.overview;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Sum (Shannon) and count of payments per calendar day over the last N days, oldest day first. */
public final class PayoutsPerDay {
    /** One day's payouts. */
    public record Day(LocalDate date, BigInteger shannon, int count) {
        public Day(LocalDate date, long shannon, int count) {
            this(date, BigInteger.valueOf(shannon), count);
        }
    }

    private final LocalDate first;
    private final BigInteger[] sums;
    private final int[] counts;
    private final ZoneId zone;

    public PayoutsPerDay(LocalDate today, int days, ZoneId zone) {
        this.first = today.minusDays(days - 1L);
        this.sums = new BigInteger[days];
        java.util.Arrays.fill(sums, BigInteger.ZERO);
        this.counts = new int[days];
        this.zone = zone;
    }

    /** The first second that still counts, for stopping the read of the newest-first history. */
    public long cutoffEpochSecond() {
        return first.atStartOfDay(zone).toEpochSecond();
    }

    /** Adds one payment; false when it is older than the window (reading can stop there). */
    public boolean add(long epochSecond, long shannon) {
        LocalDate d = Instant.ofEpochSecond(epochSecond).atZone(zone).toLocalDate();
        long i = d.toEpochDay() - first.toEpochDay();
        if (i < 0) return false;
        if (i < sums.length) {
            sums[(int) i] = sums[(int) i].add(BigInteger.valueOf(shannon));
            counts[(int) i]++;
        }
        return true;
    }

    public List<Day> days() {
        List<Day> out = new ArrayList<>(sums.length);
        for (int i = 0; i < sums.length; i++) {
            out.add(new Day(first.plusDays(i), sums[i], counts[i]));
        }
        return out;
    }
}
