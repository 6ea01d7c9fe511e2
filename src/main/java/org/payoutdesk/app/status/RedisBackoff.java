package org.payoutdesk.app.status;

import javafx.util.Duration;

/** How long to wait before pinging Redis again after N consecutive failures: doubling, capped. */
public final class RedisBackoff {
    private final Duration base;
    private final Duration max;

    public RedisBackoff(Duration base, Duration max) {
        this.base = base;
        this.max = max;
    }

    /** base·2^failures, at most max (failures 0 is the normal period). */
    public Duration after(int failures) {
        double ms = base.toMillis() * Math.pow(2, Math.min(failures, 16));
        return Duration.millis(Math.min(ms, max.toMillis()));
    }
}
