package org.payoutdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.payoutdesk.chain.TransferScan;
import org.payoutdesk.ledger.PendingPayment;

/** The scan's stderr lines: a start, at most one per interval while it runs, an end; stdout untouched. */
class ScanProgressLinesTest {
    private static final String LOGIN = "0x5a00000000000000000000000000000000000001";
    private static final PendingPayment ENTRY = new PendingPayment(LOGIN + ":1500000000", LOGIN, 1_500_000_000L,
            1_700_000_000L, List.of());

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private ScanProgressLines lines(boolean json) {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new ScanProgressLines(json ? Output.json(o, e) : Output.text(o, e), now::get, Duration.ofSeconds(3));
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aLongScanPrintsALineEveryIntervalNotOnePerBatch() {
        ScanProgressLines p = lines(true);
        p.scanStarted(ENTRY, 1_000, 10_999);
        // 10,000 blocks in batches of 25 over 10 s: 400 reports, one every 25 ms
        for (int i = 1; i <= 400; i++) {
            now.addAndGet(25_000_000L);
            p.scanned(ENTRY, 25L * i, 10_000, 999 + 25L * i);
        }
        p.scanEnded(ENTRY, new TransferScan(List.of(), 1_000, 10_999, 10_999, TransferScan.Stop.COMPLETE, null));

        assertEquals(List.of(
                "scanning blocks 1000–10999 (10,000 blocks) for the transfer of " + ENTRY.member(),
                "  scanned 3,000 of 10,000 blocks (up to block 3999), 1,000 blocks/s",
                "  scanned 6,000 of 10,000 blocks (up to block 6999), 1,000 blocks/s",
                "  scanned 9,000 of 10,000 blocks (up to block 9999), 1,000 blocks/s",
                "  scanned 10,000 blocks in 10.0 s, 1,000 blocks/s"), errLines());
        assertEquals("", out.toString(StandardCharsets.UTF_8), "stdout is only for the report");
    }

    @Test
    void aStoppedScanEndsWithTheRangeItSearched() {
        ScanProgressLines p = lines(false);
        p.scanStarted(ENTRY, 0, 499);
        now.addAndGet(100_000_000L);
        p.scanned(ENTRY, 100, 500, 99);
        p.scanEnded(ENTRY, new TransferScan(List.of(), 0, 499, 99, TransferScan.Stop.CANCELLED, null));

        assertEquals(List.of(
                "scanning blocks 0–499 (500 blocks) for the transfer of " + ENTRY.member(),
                "  scanned blocks 0–99 of 0–499, stopped by the operator"), errLines());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
