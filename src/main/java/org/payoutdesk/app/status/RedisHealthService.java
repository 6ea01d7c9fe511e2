package org.payoutdesk.app.status;

import javafx.concurrent.ScheduledService;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.payoutdesk.ledger.PoolLedger;

/**
 * Pings Redis every period; after a failure it keeps retrying by itself with a doubling delay
 * (capped at a minute) and returns to the normal period as soon as a ping succeeds.
 * The value is the round trip in microseconds.
 */
public final class RedisHealthService extends ScheduledService<Long> {
    static final Duration MAX_DELAY = Duration.minutes(1);
    private final PoolLedger ledger;
    private final RedisBackoff backoff;
    private final java.util.concurrent.atomic.AtomicInteger consecutiveFailures =
            new java.util.concurrent.atomic.AtomicInteger();

    public RedisHealthService(PoolLedger ledger, Duration period) {
        this.ledger = ledger;
        this.backoff = new RedisBackoff(period, MAX_DELAY);
        setPeriod(period);
        setRestartOnFailure(true);
        setMaximumFailureCount(Integer.MAX_VALUE);
        setMaximumCumulativePeriod(MAX_DELAY);
        // ScheduledService never resets its own failure count after a success, so count here.
        setBackoffStrategy(s -> backoff.after(consecutiveFailures.get()));
        setExecutor(r -> {
            Thread t = new Thread(r, "redis-health");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The delay the backoff would use after one more failure now. */
    public Duration nextDelayAfterFailure() {
        return backoff.after(consecutiveFailures.get() + 1);
    }

    /** Pings that failed in a row; 0 once Redis answers again. */
    public int consecutiveFailures() {
        return consecutiveFailures.get();
    }

    @Override
    protected Task<Long> createTask() {
        return new Task<>() {
            @Override
            protected Long call() {
                try {
                    long micros = ledger.pingMicros();
                    consecutiveFailures.set(0);
                    return micros;
                } catch (RuntimeException e) {
                    consecutiveFailures.incrementAndGet();
                    throw e;
                }
            }
        };
    }
}
