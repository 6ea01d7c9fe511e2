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

    public RedisHealthService(PoolLedger ledger, Duration period) {
        this.ledger = ledger;
        this.backoff = new RedisBackoff(period, MAX_DELAY);
        setPeriod(period);
        setRestartOnFailure(true);
        setMaximumFailureCount(Integer.MAX_VALUE);
        setMaximumCumulativePeriod(MAX_DELAY);
        setBackoffStrategy(s -> backoff.after(s.getCurrentFailureCount()));
        setExecutor(r -> {
            Thread t = new Thread(r, "redis-health");
            t.setDaemon(true);
            t.start();
        });
    }

    @Override
    protected Task<Long> createTask() {
        return new Task<>() {
            @Override
            protected Long call() {
                return ledger.pingMicros();
            }
        };
    }
}
