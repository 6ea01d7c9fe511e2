package org.payoutdesk.app.review;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A batch being sent on its own (non-daemon) thread, and the one thing that may end it early: the
 * stop flag the engine reads between payments. Whoever closes the ledger (the window, the JVM
 * shutdown path) first stops it here and waits for the thread to return, so no payment is cut in
 * half. Plain Java: the shutdown hooks use it with the JavaFX thread out of reach.
 */
public final class RunningBatch {
    private static final Logger LOG = LoggerFactory.getLogger(RunningBatch.class);
    /** The batch this process sends now; one at a time, the pool's payments lock sees to that. */
    private static final AtomicReference<RunningBatch> CURRENT = new AtomicReference<>();

    private final AtomicBoolean stop;
    private final int total;
    private final Thread thread;
    /** Set by the first shutdown path that drains this batch, so the operator is told once. */
    private final AtomicBoolean announced = new AtomicBoolean();

    private RunningBatch(Runnable work, AtomicBoolean stop, int total) {
        this.stop = Objects.requireNonNull(stop, "stop");
        this.total = total;
        this.thread = new Thread(() -> {
            try {
                work.run();
            } finally {
                CURRENT.compareAndSet(this, null);
            }
        }, "payout-batch");
        thread.setDaemon(false); // a batch in flight finishes its payment even when the window closes
    }

    /** Starts {@code work} (the engine's pay, which polls {@code stop}) on the batch thread. */
    public static RunningBatch start(Runnable work, AtomicBoolean stop, int total) {
        RunningBatch b = new RunningBatch(Objects.requireNonNull(work, "work"), stop, total);
        CURRENT.set(b);
        b.thread.start();
        return b;
    }

    /** The batch this process is sending now, if its thread has not returned yet. */
    public static Optional<RunningBatch> current() {
        return Optional.ofNullable(CURRENT.get()).filter(b -> !b.finished());
    }

    /**
     * The JVM shutdown path (SIGTERM, Ctrl-C): stops the current batch after the payment in flight and
     * waits for its thread, at most {@code limit}. True when no batch runs any more.
     */
    public static boolean drainCurrent(Duration limit) {
        Optional<RunningBatch> b = current();
        if (b.isEmpty()) return true;
        if (b.get().announced.compareAndSet(false, true)) { // several shutdown paths may drain: say it once
            LOG.warn("shutting down during a payout batch: stopping after the payment in flight (waiting up to {} s)",
                    limit.toSeconds());
            // The terminal that started the window sees why it does not exit at once.
            System.err.println("Payout Desk: a payout batch is being sent; stopping after the payment in flight "
                    + "(waiting up to " + limit.toSeconds() + " s)...");
        }
        try {
            boolean done = b.get().stopAndAwait(limit);
            if (!done) LOG.error("the payout batch did not return within {} s; check Pending after the restart", limit.toSeconds());
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** As "Stop after this payment": the engine stops before the next payment; the one in flight finishes. */
    public void stopAfterThisPayment() {
        stop.set(true);
    }

    public boolean stopAsked() {
        return stop.get();
    }

    /** How many payments the batch was approved with. */
    public int total() {
        return total;
    }

    /** True once the batch thread has returned: nothing of this batch touches the ledger any more. */
    public boolean finished() {
        return !thread.isAlive();
    }

    /** Waits for the batch thread to return, without a limit. Never call it on the JavaFX thread. */
    public void awaitFinished() throws InterruptedException {
        thread.join();
    }

    /** Stops after the payment in flight and waits at most {@code limit}; true when the thread returned. */
    public boolean stopAndAwait(Duration limit) throws InterruptedException {
        stopAfterThisPayment();
        thread.join(limit);
        return finished();
    }
}
