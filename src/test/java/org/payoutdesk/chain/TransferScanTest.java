package org.payoutdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.testing.AnvilExtension;
import org.payoutdesk.testing.RawRpc;

/**
 * The block scan with progress and cancel on a real anvil: a few hundred empty blocks between two
 * matching transfers, scanned in batches of 25 with 4 in flight.
 */
@ExtendWith(AnvilExtension.class)
class TransferScanTest {
    private static final BigInteger WEI = BigInteger.valueOf(777_000_000_001L);
    private static final int BATCH = 25;

    private Web3EthNode node;
    private NodeAccountSigner pool;
    private String payee;
    private long start;
    private long end;
    private String first;
    private String last;

    /** One progress call as the scan made it. */
    record Call(long done, long total, long block) { }

    /** Records every call; cancels (or runs {@code onCall}) once {@code stopWhen} holds for the blocks done. */
    static class Recorder implements ScanProgress {
        final List<Call> calls = new CopyOnWriteArrayList<>();
        final List<Long> started = new CopyOnWriteArrayList<>();
        final LongPredicate stopWhen;
        volatile boolean cancel;

        Recorder(LongPredicate stopWhen) {
            this.stopWhen = stopWhen;
        }

        @Override
        public void started(long fromBlock, long lastBlock) {
            started.add(fromBlock);
            started.add(lastBlock);
        }

        @Override
        public void scanned(long blocksDone, long blocksTotal, long currentBlock) {
            calls.add(new Call(blocksDone, blocksTotal, currentBlock));
            if (stopWhen.test(blocksDone)) cancel = true;
        }

        @Override
        public boolean cancelled() {
            return cancel;
        }
    }

    @BeforeEach
    void chain(LocalAnvil anvil) {
        node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(10), BATCH, 4);
        pool = new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true);
        payee = RawRpc.randomAddress();
        start = node.blockNumber() + 1;
        first = pay(payee);                // block start
        anvil.mine(300);                   // empty blocks start+1 .. start+300
        last = pay(payee);                 // block start+301
        end = node.blockNumber();
        assertEquals(start + 301, end);
    }

    @AfterEach
    void close() {
        node.close();
    }

    private String pay(String to) {
        String hash = pool.send(pool.sign(to, WEI, OptionalLong.empty(), null));
        node.awaitReceipt(hash, Duration.ofSeconds(10)).orElseThrow();
        return hash;
    }

    @Test
    void progressCountsEveryBatchInBlockOrderAndReachesTheTotal() {
        Recorder r = new Recorder(done -> false);
        TransferScan scan = node.findTransfers(LocalAnvil.ACCOUNT_0, payee, WEI, start, end + 1_000, r);

        assertTrue(scan.complete(), scan.describe());
        assertEquals(List.of(first, last), scan.found().stream().map(ChainTx::hash).toList());
        assertEquals(end, scan.lastBlock(), "the head caps the range");
        assertEquals(List.of(start, end), r.started);
        long total = end - start + 1;
        assertEquals(302, total);
        assertEquals(total, scan.blocksTotal());
        assertEquals(total, scan.blocksScanned());
        int batches = (int) ((total + BATCH - 1) / BATCH);
        assertEquals(batches, r.calls.size(), "one call per batch of " + BATCH + ": " + r.calls);
        for (int i = 0; i < batches; i++) {
            long done = Math.min((long) BATCH * (i + 1), total);
            assertEquals(new Call(done, total, start + done - 1), r.calls.get(i));
        }
        assertEquals("scanned blocks " + start + "–" + end, scan.describe());
        assertNull(scan.failure());
    }

    @Test
    void cancelStopsAtTheBatchItWasAskedAndSaysExactlyWhatWasScanned() {
        Recorder r = new Recorder(done -> done >= 100);
        TransferScan scan = node.findTransfers(LocalAnvil.ACCOUNT_0, payee, WEI, start, end, r);

        assertEquals(TransferScan.Stop.CANCELLED, scan.stop());
        assertFalse(scan.complete());
        assertEquals(4, r.calls.size(), "no progress after the stop: " + r.calls);
        assertEquals(start + 99, scan.scannedTo());
        assertEquals(100, scan.blocksScanned());
        assertEquals("scanned blocks " + start + "–" + (start + 99) + " of " + start + "–" + end
                + ", stopped by the operator", scan.describe());
        assertEquals(List.of(first), scan.found().stream().map(ChainTx::hash).toList(), "only what the scanned part holds");
        assertNull(scan.failure());
    }

    @Test
    void cancelledBeforeTheFirstBatchScansNothing() {
        Recorder r = new Recorder(done -> false);
        r.cancel = true;
        TransferScan scan = node.findTransfers(LocalAnvil.ACCOUNT_0, payee, WEI, start, end, r);
        assertEquals(TransferScan.Stop.CANCELLED, scan.stop());
        assertEquals(List.of(), r.calls);
        assertEquals(List.of(), scan.found());
        assertEquals(0, scan.blocksScanned());
        assertEquals("scanned no block of " + start + "–" + end + ", stopped by the operator", scan.describe());
    }

    @Test
    void anInterruptOfTheScanningThreadStopsItLikeACancel() {
        Recorder r = new Recorder(done -> false) {
            @Override
            public void scanned(long blocksDone, long blocksTotal, long currentBlock) {
                super.scanned(blocksDone, blocksTotal, currentBlock);
                if (blocksDone == 50) Thread.currentThread().interrupt();
            }
        };
        TransferScan scan;
        try {
            scan = node.findTransfers(LocalAnvil.ACCOUNT_0, payee, WEI, start, end, r);
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        }
        assertEquals(TransferScan.Stop.CANCELLED, scan.stop());
        assertEquals(start + 49, scan.scannedTo());
        assertEquals(2, r.calls.size());
    }

    @Test
    void aNodeThatDiesMidScanEndsItWithTheBlocksScannedSoFar() {
        try (LocalAnvil dying = LocalAnvil.start();
             Web3EthNode n = Web3EthNode.connect(dying.rpcUrl(), Duration.ofSeconds(5), BATCH, 4)) {
            dying.mine(300);
            long head = n.blockNumber();
            Recorder r = new Recorder(done -> false) {
                @Override
                public void scanned(long blocksDone, long blocksTotal, long currentBlock) {
                    super.scanned(blocksDone, blocksTotal, currentBlock);
                    if (blocksDone == 100) dying.kill();
                }
            };
            TransferScan scan = n.findTransfers(LocalAnvil.ACCOUNT_0, payee, WEI, 1, head, r);

            assertEquals(TransferScan.Stop.NODE_FAILED, scan.stop(), scan.describe());
            assertNotNull(scan.failure());
            Call lastCall = r.calls.getLast();
            assertEquals(scan.scannedTo(), lastCall.block(), "the range said is the range reported");
            // batches already answered before the kill still count; the rest never arrived
            assertTrue(scan.scannedTo() >= 100 && scan.scannedTo() < head, scan.describe());
            assertEquals("scanned blocks 1–" + scan.scannedTo() + " of 1–" + head + ", stopped by a node failure ("
                    + scan.failure().getMessage() + ")", scan.describe());
        }
    }
}
