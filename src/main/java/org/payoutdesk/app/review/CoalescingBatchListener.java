package org.payoutdesk.app.review;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.payoutdesk.app.shared.Amounts;
import org.payoutdesk.payout.BatchListener;
import org.payoutdesk.payout.PaidPayment;
import org.payoutdesk.payout.PlannedPayment;
import org.payoutdesk.payout.SkippedPayment;

/**
 * The engine calls this on the batch thread; it gathers the events and hands the JavaFX thread one
 * {@link BatchProgress} at a time: a new hop is scheduled only when the previous one has run, so a
 * batch of 1,000 payments does not queue 1,000 runnables.
 */
public final class CoalescingBatchListener implements BatchListener {
    private final Executor fx;
    private final Consumer<BatchProgress> sink;
    private final LongSupplier nanoClock;
    private final List<String> log = new ArrayList<>();
    private boolean scheduled;
    private int total;
    private int paid;
    private int skipped;
    private long paidShannon;
    private String current;
    private String lastFail;
    private long startNanos;
    private long lastFinishNanos;

    /** @param fx runs a task on the JavaFX thread ({@code Platform::runLater}) */
    public CoalescingBatchListener(Executor fx, Consumer<BatchProgress> sink, LongSupplier nanoClock) {
        this.fx = fx;
        this.sink = sink;
        this.nanoClock = nanoClock;
    }

    public CoalescingBatchListener(Executor fx, Consumer<BatchProgress> sink) {
        this(fx, sink, System::nanoTime);
    }

    @Override
    public void started(int total) {
        update(() -> {
            this.total = total;
            startNanos = nanoClock.getAsLong();
            lastFinishNanos = startNanos;
            log.add("Sending " + total + " payment(s).");
        });
    }

    @Override
    public void paying(int index, int total, PlannedPayment payment) {
        update(() -> {
            current = payment.login();
            log.add("Paying " + Amounts.ethWithUnit(payment.amount()) + " to " + payment.login() + " (" + (index + 1)
                    + " of " + total + ")…");
        });
    }

    @Override
    public void paid(int done, int total, PaidPayment payment) {
        update(() -> {
            paid++;
            paidShannon = Math.addExact(paidShannon, payment.amount());
            lastFinishNanos = nanoClock.getAsLong();
        });
    }

    @Override
    public void skipped(SkippedPayment payment) {
        update(() -> {
            skipped++;
            lastFinishNanos = nanoClock.getAsLong();
        });
    }

    @Override
    public void halted(String lastFail) {
        update(() -> {
            this.lastFail = lastFail;
            current = null;
            log.add("HALTED: " + lastFail);
        });
    }

    @Override
    public void log(String line) {
        update(() -> log.add(line));
    }

    /** Applies a change under the lock and schedules one hop to the JavaFX thread if none is waiting. */
    private void update(Runnable change) {
        boolean schedule;
        synchronized (this) {
            change.run();
            schedule = !scheduled;
            scheduled = true;
        }
        if (schedule) fx.execute(this::deliver);
    }

    private void deliver() {
        BatchProgress p;
        synchronized (this) {
            scheduled = false;
            int finished = paid + skipped;
            p = new BatchProgress(total, finished, finished >= total ? null : current, paid, skipped, paidShannon,
                    List.copyOf(log), BatchEta.remaining(finished, total, Duration.ofNanos(lastFinishNanos - startNanos)),
                    lastFail);
            log.clear();
        }
        sink.accept(p);
    }
}
