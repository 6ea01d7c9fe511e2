package org.payoutdesk.app.pending;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.payoutdesk.chain.TransferScan;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.payout.ReconcileProgress;

/**
 * The block scans of the Pending view's reconciliation, as a property the view shows, and the Cancel
 * that stops them. The engine reports on the loading thread; like the batch listener this hands the
 * JavaFX thread one update at a time (a new hop only once the last one ran), so a fast scan does not
 * flood it. Each load gets its own {@link #begin() run}: a late update from an older one is dropped.
 */
public final class PendingScan {
    private final Executor fx;
    private final ReadOnlyObjectWrapper<ScanFigures> figures = new ReadOnlyObjectWrapper<>();
    private Run current;

    /** @param fx runs a task on the JavaFX thread ({@code Platform::runLater}) */
    public PendingScan(Executor fx) {
        this.fx = fx;
    }

    /** The scan under way, or null when none is: the view shows it while it is not null. */
    public ReadOnlyObjectProperty<ScanFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** Asks the scan under way to stop; its entry (and any not scanned yet) comes back UNKNOWN. */
    public void cancel() {
        if (current == null) return;
        current.cancel.set(true);
        if (figures.get() != null) figures.set(figures.get().withStopping());
    }

    /** True once Cancel was pressed for the load under way. */
    public boolean cancelAsked() {
        return current != null && current.cancel.get();
    }

    /** A load starts (JavaFX thread): the listener to hand the engine. An older run is stopped. */
    ReconcileProgress begin() {
        if (current != null) current.cancel.set(true);
        current = new Run();
        figures.set(null);
        return current;
    }

    /**
     * The load ended or was cancelled by a restart (JavaFX thread): its run is told to stop (a cancelled
     * task's thread may still be scanning) and its late updates are dropped.
     */
    void end() {
        if (current != null) current.cancel.set(true);
        current = null;
        figures.set(null);
    }

    private final class Run implements ReconcileProgress {
        final AtomicBoolean cancel = new AtomicBoolean();
        private ScanFigures latest;
        private boolean scheduled;

        /** The range of the scan under way; written and read on the reconciling thread only. */
        private long from;
        private long last;

        @Override
        public void scanStarted(PendingPayment entry, long fromBlock, long lastBlock) {
            from = fromBlock;
            last = lastBlock;
            update(new ScanFigures(entry, from, last, 0, last - from + 1, from - 1, cancel.get()));
        }

        @Override
        public void scanned(PendingPayment entry, long blocksDone, long blocksTotal, long currentBlock) {
            update(new ScanFigures(entry, from, last, blocksDone, blocksTotal, currentBlock, cancel.get()));
        }

        @Override
        public void scanEnded(PendingPayment entry, TransferScan scan) {
            update(null);
        }

        @Override
        public boolean cancelled() {
            return cancel.get();
        }

        private void update(ScanFigures f) {
            boolean schedule;
            synchronized (this) {
                latest = f;
                schedule = !scheduled;
                scheduled = true;
            }
            if (schedule) fx.execute(this::deliver);
        }

        private void deliver() {
            ScanFigures f;
            synchronized (this) {
                scheduled = false;
                f = latest;
            }
            if (this == current) figures.set(f);
        }
    }
}
