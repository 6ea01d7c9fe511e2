package org.payoutdesk.app.status;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.ScheduledService;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * A health check run every period on a daemon thread; after a failure it keeps retrying by itself
 * with a doubling delay (capped at a minute) and returns to the normal period once a check succeeds.
 */
abstract class BackoffHealthService<T> extends ScheduledService<T> {
    static final Duration MAX_DELAY = Duration.minutes(1);
    private final RedisBackoff backoff;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();

    BackoffHealthService(Duration period, String threadName) {
        this.backoff = new RedisBackoff(period, MAX_DELAY);
        setPeriod(period);
        setRestartOnFailure(true);
        setMaximumFailureCount(Integer.MAX_VALUE);
        setMaximumCumulativePeriod(MAX_DELAY);
        // ScheduledService never resets its own failure count after a success, so count here.
        setBackoffStrategy(s -> backoff.after(consecutiveFailures.get()));
        setExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            t.start();
        });
    }

    /** One check, off the JavaFX thread; throws when the server is down. */
    protected abstract T check();

    /** The delay the backoff would use after one more failure now. */
    public Duration nextDelayAfterFailure() {
        return backoff.after(consecutiveFailures.get() + 1);
    }

    /** Checks that failed in a row; 0 once the server answers again. */
    public int consecutiveFailures() {
        return consecutiveFailures.get();
    }

    @Override
    protected Task<T> createTask() {
        return new Task<>() {
            @Override
            protected T call() {
                try {
                    T value = check();
                    consecutiveFailures.set(0);
                    return value;
                } catch (RuntimeException e) {
                    consecutiveFailures.incrementAndGet();
                    throw e;
                }
            }
        };
    }
}
