package org.payoutdesk.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.payoutdesk.payout.PaidPayment;
import org.payoutdesk.payout.PlannedPayment;
import org.payoutdesk.payout.SkippedPayment;

class CoalescingBatchListenerTest {
    private final ArrayDeque<Runnable> fxQueue = new ArrayDeque<>();
    private final List<BatchProgress> seen = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    private final CoalescingBatchListener listener = new CoalescingBatchListener(fxQueue::add, seen::add, clock::get);

    private void runFx() {
        while (!fxQueue.isEmpty()) fxQueue.poll().run();
    }

    @Test
    void aThousandPaymentsQueueOneHopUntilTheJavaFxThreadCatchesUp() {
        listener.started(1000);
        for (int i = 0; i < 1000; i++) {
            PlannedPayment p = new PlannedPayment("0x" + i, 1_000_000_000L + i, 0, false, "r");
            listener.paying(i, 1000, p);
            clock.addAndGet(2_000_000); // 2 ms per payment
            listener.paid(i + 1, 1000, new PaidPayment(p.login(), p.amount(), "0xh" + i, i));
        }
        assertEquals(1, fxQueue.size());
        runFx();
        assertEquals(1, seen.size());
        BatchProgress p = seen.getFirst();
        assertEquals(1000, p.paid());
        assertEquals(1000, p.finished());
        assertNull(p.current());
        assertEquals(1000L * 1_000_000_000L + 999L * 1000 / 2, p.paidShannon());
        assertEquals(1001, p.newLog().size());
        assertEquals(Optional.of(Duration.ZERO), p.eta());
        assertEquals(1.0, p.fraction());
    }

    @Test
    void eachDeliveryCarriesOnlyTheNewLogLinesAndTheEta() {
        listener.started(4);
        listener.paying(0, 4, new PlannedPayment("0xa", 5, 0, false, "r"));
        runFx();
        assertEquals("0xa", seen.getLast().current());
        assertEquals(Optional.empty(), seen.getLast().eta());
        clock.set(3_000_000_000L);
        listener.paid(1, 4, new PaidPayment("0xa", 5, "0x1", 0));
        listener.skipped(new SkippedPayment("0xb", 6, "balance dropped"));
        runFx();
        BatchProgress p = seen.getLast();
        assertEquals(2, p.finished());
        assertEquals(1, p.skipped());
        assertEquals(List.of(), p.newLog());
        // 3 s for 2 payments, 2 left: 3 s.
        assertEquals(Optional.of(Duration.ofSeconds(3)), p.eta());
        listener.halted("node failed");
        listener.log("line");
        runFx();
        assertEquals("node failed", seen.getLast().lastFail());
        assertEquals(List.of("HALTED: node failed", "line"), seen.getLast().newLog());
    }
}
