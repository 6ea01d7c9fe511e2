package org.payoutdesk.app.review;

import java.time.Duration;

/**
 * While the window is up, a JVM shutdown hook (SIGTERM, Ctrl-C, logout) that stops the running batch
 * after the payment in flight and waits for it, so the process never ends in the middle of a payment.
 */
public final class BatchShutdownHook {
    /** Long enough for one payment's node calls and Redis writes, short enough for a logout. */
    public static final Duration GRACE = Duration.ofSeconds(60);

    private final Thread hook;
    private final boolean registered;

    private BatchShutdownHook(Duration grace) {
        hook = new Thread(() -> RunningBatch.drainCurrent(grace), "payout-batch-drain");
        registered = add(hook);
    }

    public static BatchShutdownHook register() {
        return new BatchShutdownHook(GRACE);
    }

    /** The window closed by itself: the hook is not needed any more. */
    public void remove() {
        if (!registered) return;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it waits for the batch itself
        }
    }

    private static boolean add(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }
}
