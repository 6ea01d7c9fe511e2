package org.payoutdesk.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.payoutdesk.chain.TransferScan;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.payout.ReconcileProgress;

/**
 * A reconciliation's block scans as progress lines (stderr, never stdout, so --json stays one
 * document): one when a scan starts, then at most one every {@link #INTERVAL} while it runs, and one
 * when it ends. A scan of thousands of blocks shows it is alive without a line per batch.
 */
final class ScanProgressLines implements ReconcileProgress {
    static final Duration INTERVAL = Duration.ofSeconds(3);

    private final Output output;
    private final LongSupplier nanoClock;
    private final long intervalNanos;
    private long startNanos;
    private long lastLineNanos;

    ScanProgressLines(Output output) {
        this(output, System::nanoTime, INTERVAL);
    }

    ScanProgressLines(Output output, LongSupplier nanoClock, Duration interval) {
        this.output = output;
        this.nanoClock = nanoClock;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void scanStarted(PendingPayment entry, long fromBlock, long lastBlock) {
        startNanos = nanoClock.getAsLong();
        lastLineNanos = startNanos;
        output.progress("scanning blocks " + fromBlock + "–" + lastBlock + " (" + count(lastBlock - fromBlock + 1)
                + " blocks) for the transfer of " + entry.member());
    }

    @Override
    public void scanned(PendingPayment entry, long blocksDone, long blocksTotal, long currentBlock) {
        long now = nanoClock.getAsLong();
        if (now - lastLineNanos < intervalNanos || blocksDone >= blocksTotal) return;
        lastLineNanos = now;
        output.progress("  scanned " + count(blocksDone) + " of " + count(blocksTotal) + " blocks (up to block "
                + currentBlock + ")" + rate(blocksDone, now));
    }

    @Override
    public void scanEnded(PendingPayment entry, TransferScan scan) {
        long now = nanoClock.getAsLong();
        output.progress(scan.complete()
                ? "  scanned " + count(scan.blocksScanned()) + " blocks in " + seconds(now - startNanos) + rate(scan.blocksScanned(), now)
                : "  " + scan.describe());
    }

    private String rate(long blocks, long now) {
        long nanos = now - startNanos;
        return nanos <= 0 ? "" : ", " + count(Math.round(blocks * 1e9 / nanos)) + " blocks/s";
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
