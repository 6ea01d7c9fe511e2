package org.payoutdesk.app.overview;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The time axis of the wallet chart: bounds and a tick step on whole minutes, hours or days of the
 * operator's clock (a plain NumberAxis picks steps such as 25,000 s: "22:26, 05:23, ..."), at most
 * {@value #MAX_STEPS} steps so the labels never crowd, and a label format that suits the step.
 *
 * @param lower first tick, epoch second
 * @param upper last tick, epoch second (at or after the last sample)
 * @param step  seconds between ticks
 */
public record TimeTicks(long lower, long upper, long step, ZoneId zone) {
    static final int MAX_STEPS = 7;
    private static final long MINUTE = 60;
    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;
    private static final long[] STEPS = {MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE,
            HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY, 56 * DAY, 112 * DAY,
            364 * DAY};
    private static final DateTimeFormatter WITH_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE_ONLY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);

    /** Ticks that cover {@code first..last} (epoch seconds, first <= last) on the clock of {@code zone}. */
    public static TimeTicks covering(long first, long last, ZoneId zone) {
        if (last < first) throw new IllegalArgumentException("last < first");
        long step = STEPS[STEPS.length - 1];
        for (long s : STEPS) {
            if (steps(first, last, s, zone) <= MAX_STEPS) {
                step = s;
                break;
            }
        }
        long lower = floor(first, step, zone);
        long upper = Math.max(ceil(last, step, zone), lower + step); // one sample still gets a step
        return new TimeTicks(lower, upper, step, zone);
    }

    private static long steps(long first, long last, long step, ZoneId zone) {
        return Math.max(1, (ceil(last, step, zone) - floor(first, step, zone)) / step);
    }

    /** Whole steps of local time: midnight, 06:00, ... rather than UTC's (India is +05:30). */
    private static long floor(long t, long step, ZoneId zone) {
        long offset = zone.getRules().getOffset(Instant.ofEpochSecond(t)).getTotalSeconds();
        return Math.floorDiv(t + offset, step) * step - offset;
    }

    private static long ceil(long t, long step, ZoneId zone) {
        long f = floor(t, step, zone);
        return f == t ? t : f + step;
    }

    /** The label of a tick: the date alone once the step is a whole day. */
    public String label(long epochSecond) {
        return (step >= DAY ? DATE_ONLY : WITH_TIME).format(Instant.ofEpochSecond(epochSecond).atZone(zone));
    }
}
