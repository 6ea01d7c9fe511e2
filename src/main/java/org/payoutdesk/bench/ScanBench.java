package org.payoutdesk.bench;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.payoutdesk.chain.BlockTag;
import org.payoutdesk.chain.ChainTx;
import org.payoutdesk.chain.NodeAccountSigner;
import org.payoutdesk.chain.Web3EthNode;
import org.payoutdesk.sandbox.LocalAnvil;

/**
 * The legacy-payment block scan ({@code findTransfers}) on anvil: blocks per second over a run of
 * empty blocks and over blocks holding transfers, for several shapes of the scan (blocks per JSON-RPC
 * batch x batches in flight); the first row is the old shape, one batch of 25 at a time. {@code ./payout-desk bench scan [--blocks N]
 * [--busy N] [--txs T] [--runs R]}.
 */
public final class ScanBench {
    private static final BigInteger WEI = BigInteger.valueOf(1_000_000_007L);
    /** Blocks per batch x batches in flight; the first is the scan before batches overlapped. */
    private static final int[][] SHAPES = {{25, 1}, {Web3EthNode.SCAN_BATCH, Web3EthNode.SCAN_IN_FLIGHT}, {25, 2},
        {25, 8}, {50, 4}, {100, 4}};

    private ScanBench() { }

    public static void main(String[] args) {
        int blocks = 5_000;
        int busy = 200;
        int txs = 20;
        int runs = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--blocks" -> blocks = Integer.parseInt(args[++i]);
                case "--busy" -> busy = Integer.parseInt(args[++i]);
                case "--txs" -> txs = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: ScanBench [--blocks N] [--busy N] [--txs T] [--runs R]");
                    System.exit(2);
                }
            }
        }
        try (LocalAnvil anvil = LocalAnvil.start();
             Web3EthNode node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(30))) {
            String payee = "0x5ca4" + "0".repeat(35) + "1";
            long t0 = System.nanoTime();
            long emptyFrom = node.blockNumber() + 1;
            anvil.mine(blocks);
            long emptyTo = node.blockNumber();
            long busyFrom = emptyTo + 1;
            fill(anvil, node, busy, txs);
            NodeAccountSigner signer = new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true);
            signer.send(signer.sign(payee, WEI, OptionalLong.empty(), null));
            awaitMined(node);
            long busyTo = node.blockNumber();
            System.out.printf(Locale.ROOT, "anvil %s: %,d empty blocks, %,d blocks of %d transfers, built in %.1f s%n",
                    anvil.rpcUrl(), emptyTo - emptyFrom + 1, busyTo - busyFrom + 1, txs, (System.nanoTime() - t0) / 1e9);
            System.out.printf(Locale.ROOT, "%n%-56s %10s %10s%n", "blocks/s, best of " + runs + " (shapes take turns)",
                    "empty", "busy");
            double[][] best = new double[SHAPES.length][2];
            for (int run = 0; run < runs; run++) {
                for (int i = 0; i < SHAPES.length; i++) {
                    try (Web3EthNode shaped = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(30),
                            SHAPES[i][0], SHAPES[i][1])) {
                        if (run == 0) rate(shaped, emptyFrom, Math.min(emptyTo, emptyFrom + 200), payee, 0); // warm-up
                        best[i][0] = Math.max(best[i][0], rate(shaped, emptyFrom, emptyTo, payee, 0));
                        best[i][1] = Math.max(best[i][1], rate(shaped, busyFrom, busyTo, payee, 1));
                    }
                }
            }
            for (int i = 0; i < SHAPES.length; i++) {
                int[] shape = SHAPES[i];
                String name = shape[0] + " blocks per batch, " + (shape[1] == 1 ? "one batch at a time"
                        : shape[1] + " batches in flight") + (i == 0 ? " (before)" : "")
                        + (shape[0] == Web3EthNode.SCAN_BATCH && shape[1] == Web3EthNode.SCAN_IN_FLIGHT ? " (default)" : "");
                System.out.printf(Locale.ROOT, "%-56s %10.0f %10.0f%n", name, best[i][0], best[i][1]);
            }
            System.out.printf(Locale.ROOT, "(%d cores, load average %s)%n", Runtime.getRuntime().availableProcessors(),
                    loadAverage());
        }
    }

    /** Blocks per second of one scan; fails when it does not find exactly the expected transfers. */
    private static double rate(Web3EthNode node, long from, long to, String payee, int expected) {
        long t = System.nanoTime();
        List<ChainTx> found = node.findTransfers(LocalAnvil.ACCOUNT_0, payee, WEI, from, to);
        long nanos = System.nanoTime() - t;
        if (found.size() != expected) throw new IllegalStateException("found " + found + ", expected " + expected);
        return (to - from + 1) / (nanos / 1e9);
    }

    /** {@code busy} blocks of {@code txs} plain transfers each (to addresses other than the payee). */
    private static void fill(LocalAnvil anvil, Web3EthNode node, int busy, int txs) {
        NodeAccountSigner signer = new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true);
        long nonce = node.nonce(LocalAnvil.ACCOUNT_0, BlockTag.PENDING);
        anvil.automine(false);
        try {
            for (int b = 0; b < busy; b++) {
                for (int t = 0; t < txs; t++) {
                    String to = String.format(Locale.ROOT, "0x5cb0%036x", (long) b * txs + t + 1);
                    signer.send(signer.sign(to, BigInteger.valueOf(b + 1), OptionalLong.of(nonce++), null));
                }
                anvil.mine();
            }
        } finally {
            anvil.automine(true);
        }
    }

    private static void awaitMined(Web3EthNode node) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (node.nonce(LocalAnvil.ACCOUNT_0, BlockTag.PENDING) > node.nonce(LocalAnvil.ACCOUNT_0, BlockTag.LATEST)) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("the transfers are not mined");
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
