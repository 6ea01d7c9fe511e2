package org.payoutdesk.app.pending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.payout.ReconcileProgress;

/** The hop from the reconciling thread to the JavaFX thread: coalesced, cancellable, stale runs dropped. */
class PendingScanTest {
    private static final String LOGIN = "0x5a00000000000000000000000000000000000001";
    private static final PendingPayment ENTRY = new PendingPayment(LOGIN + ":700000000", LOGIN, 700_000_000L,
            1_700_000_000L, List.of());

    /** Stands in for Platform::runLater: the hops wait here until the test runs them. */
    private final ArrayDeque<Runnable> fxQueue = new ArrayDeque<>();
    private final PendingScan scan = new PendingScan(fxQueue::add);

    private void runFx() {
        while (!fxQueue.isEmpty()) fxQueue.poll().run();
    }

    @Test
    void aThousandReportsMakeOneHopWithTheLatestFigures() {
        ReconcileProgress run = scan.begin();
        run.scanStarted(ENTRY, 1_000, 25_999);
        for (int i = 1; i <= 1_000; i++) run.scanned(ENTRY, 25L * i, 25_000, 999 + 25L * i);

        assertEquals(1, fxQueue.size(), "one hop waiting, not one per report");
        runFx();
        ScanFigures f = scan.figuresProperty().get();
        assertEquals(new ScanFigures(ENTRY, 1_000, 25_999, 25_000, 25_000, 25_999, false), f);
        assertEquals("Scanning blocks 25,000 of 25,000", f.text());
        assertEquals(1.0, f.fraction());

        run.scanned(ENTRY, 25_000, 25_000, 25_999);
        assertEquals(1, fxQueue.size(), "after a hop ran, the next report schedules a new one");
    }

    @Test
    void cancelStopsTheRunAndShowsStopping() {
        ReconcileProgress run = scan.begin();
        run.scanStarted(ENTRY, 0, 4_999);
        run.scanned(ENTRY, 1_200, 5_000, 1_199);
        runFx();
        assertEquals("Scanning blocks 1,200 of 5,000", scan.figuresProperty().get().text());
        assertFalse(run.cancelled());

        scan.cancel();
        assertTrue(run.cancelled());
        assertTrue(scan.cancelAsked());
        assertTrue(scan.figuresProperty().get().stopping());
        run.scanned(ENTRY, 1_225, 5_000, 1_224);
        runFx();
        assertTrue(scan.figuresProperty().get().stopping(), "later reports keep saying stopping");

        scan.end();
        assertNull(scan.figuresProperty().get());
        assertFalse(scan.cancelAsked());
    }

    @Test
    void aNewLoadStopsTheOldRunAndDropsItsLateReports() {
        ReconcileProgress old = scan.begin();
        old.scanStarted(ENTRY, 0, 99);
        ReconcileProgress fresh = scan.begin();
        assertTrue(old.cancelled(), "a restarted load stops the scan it replaces");
        assertFalse(fresh.cancelled());
        old.scanned(ENTRY, 50, 100, 49);
        runFx();
        assertNull(scan.figuresProperty().get(), "the old run's reports are dropped");

        fresh.scanStarted(ENTRY, 10, 109);
        runFx();
        assertEquals(new ScanFigures(ENTRY, 10, 109, 0, 100, 9, false), scan.figuresProperty().get());
        scan.end();
        assertTrue(fresh.cancelled(), "a load that ended (or was cancelled) stops its scan");
    }
}
