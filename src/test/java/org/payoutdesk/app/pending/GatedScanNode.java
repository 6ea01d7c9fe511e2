package org.payoutdesk.app.pending;

import java.math.BigInteger;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.payoutdesk.chain.EthNode;
import org.payoutdesk.chain.ScanProgress;
import org.payoutdesk.chain.TransferScan;
import org.payoutdesk.testing.ForwardingEthNode;

/**
 * The real node (anvil behind a {@code Web3EthNode}) with one test hook: a block scan pauses once it
 * has reported {@code pauseAt} blocks, until {@link #open()}. On anvil a few hundred blocks scan in a
 * blink; the pause lets a view test see the scan in progress and press Cancel while it runs. Every
 * call, the scan included, goes to the real node.
 */
final class GatedScanNode extends ForwardingEthNode {
    private final long pauseAt;
    private volatile CountDownLatch gate = new CountDownLatch(1);
    private volatile CountDownLatch paused = new CountDownLatch(1);

    GatedScanNode(EthNode node, long pauseAt) {
        super(node);
        this.pauseAt = pauseAt;
    }

    /** Lets every paused and later scan run on. */
    void open() {
        gate.countDown();
    }

    /** Closes the gate again (after {@link #open()}): the next scan pauses at {@code pauseAt} blocks. */
    void rearm() {
        paused = new CountDownLatch(1);
        gate = new CountDownLatch(1);
    }

    /** Waits until a scan is paused at the gate. */
    boolean awaitPaused(Duration limit) throws InterruptedException {
        return paused.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public TransferScan findTransfers(String from, String to, BigInteger valueWei, long fromBlock, long toBlock,
                                      ScanProgress progress) {
        return node.findTransfers(from, to, valueWei, fromBlock, toBlock, new ScanProgress() {
            @Override
            public void started(long f, long last) {
                progress.started(f, last);
            }

            @Override
            public void scanned(long done, long total, long block) {
                progress.scanned(done, total, block);
                CountDownLatch g = gate;
                if (done >= pauseAt && g.getCount() > 0) {
                    paused.countDown();
                    try {
                        g.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        });
    }


}
