package org.payoutdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.payoutdesk.chain.BlockTag;
import org.payoutdesk.chain.NodeAccountSigner;
import org.payoutdesk.chain.Web3EthNode;
import org.payoutdesk.ledger.RedisEndpoint;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.payout.BatchListener;
import org.payoutdesk.payout.BatchResult;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutPlan;
import org.payoutdesk.payout.PayoutSettings;
import org.payoutdesk.payout.ReceiptCheck;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.sandbox.SandboxSeeder;
import org.payoutdesk.sandbox.SeedSpec;
import org.payoutdesk.sandbox.SeedSummary;

/**
 * A batch of N payments on anvil with 1-second blocks, side by side in one run, each on a fresh chain:
 * <ol>
 *   <li><b>bare</b>: a loop of N {@code eth_sendTransaction} calls ({@link HttpPipe}: one kept-alive
 *       connection, no library, gas 21000 and the gas price read once and doubled), nothing else;</li>
 *   <li><b>desk</b>: {@code PaymentDesk.pay} in its default mode on a seeded pool ledger (lock, guarded
 *       debit, nonce journal, send, hash journal, WritePayment per payment), start-up, seeding and the
 *       plan excluded: from the pay call until it returns (every payment recorded); autoGas off, gas 21000
 *       and the gas price of the bare loop, so the node does the same work per send. Run twice: "desk cold"
 *       is the first batch in the JVM (code not yet compiled by the JIT, as in a fresh {@code pay --yes}),
 *       "desk" the second (a desk that has paid before);</li>
 *   <li><b>autoGas</b>: the same with the pool's {@code autoGas: true}: the node fills in gas and price on
 *       every send (anvil estimates the gas: work the bare loop does not ask for);</li>
 *   <li><b>waitEach</b> (the pool's way, each mined before the next) for a smaller M: at 1 s blocks it
 *       costs about a block per payment.</li>
 * </ol>
 * Each is timed until its last transfer is sent and until every one is mined (the pool account's
 * {@code latest} nonce reaches the start nonce + N, polled every 10 ms). Mined times move in whole
 * blocks, so both figures and both ratios are printed.
 *
 * <p>{@code ./payout-desk bench payout [N] [--wait-each M]}: N defaults to 1000, M to 20 (0 skips it).
 */
public final class PayoutBench {
    private static final String POOL = LocalAnvil.ACCOUNT_0;
    private static final Duration POLL = Duration.ofMillis(10);

    private PayoutBench() { }

    /** Milliseconds until the last send returned, until every transfer was mined; blocks they span. */
    record Run(String label, int payments, double sentMs, double minedMs, long blocks, String profile) { }

    public static void main(String[] args) {
        int payees = 1000;
        int waitEach = 20;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--wait-each")) waitEach = Integer.parseInt(args[++i]);
            else payees = Integer.parseInt(args[i]);
        }
        System.out.printf(Locale.ROOT, "payout bench: %d payments, anvil with 1 s blocks, a fresh chain each, %d cores, load average at start %s%n",
                payees, Runtime.getRuntime().availableProcessors(), loadAverage());
        List<Run> runs = new java.util.ArrayList<>();
        Run bare = bare(payees);
        runs.add(bare);
        progress(bare);
        // The first batch in this JVM runs on code not yet compiled by the JIT (as a fresh `pay --yes` does);
        // the second is what a desk that has paid before does.
        runs.add(progress(desk("desk cold", payees, false, false)));
        Run desk = progress(desk("desk", payees, false, false));
        runs.add(desk);
        Run auto = progress(desk("autoGas", payees, false, true));
        runs.add(auto);
        Run slow = waitEach > 0 ? progress(desk("waitEach", waitEach, true, false)) : null;
        if (slow != null) runs.add(slow);
        System.out.println();
        System.out.printf(Locale.ROOT, "%-10s %8s %9s %10s %7s %11s %11s %9s%n", "", "payments", "sent s", "mined s", "blocks",
                "ms/payment", "mined/bare", "sent/bare");
        for (Run r : runs) {
            boolean same = r.payments() == bare.payments() && r != bare;
            System.out.printf(Locale.ROOT, "%-10s %8d %9.2f %10.2f %7d %11.3f %11s %9s%n", r.label(), r.payments(),
                    r.sentMs() / 1000, r.minedMs() / 1000, r.blocks(), r.sentMs() / r.payments(),
                    same ? String.format(Locale.ROOT, "%.2fx", r.minedMs() / bare.minedMs()) : "",
                    same ? String.format(Locale.ROOT, "%.2fx", r.sentMs() / bare.sentMs()) : "");
        }
        System.out.println("target: desk within 1.5x of bare until mined (moonshot 1.2x)");
        for (Run r : runs) {
            if (r.profile() != null) System.out.printf(Locale.ROOT, "%-10s %s%n", r.label(), r.profile());
        }
        if (slow != null) {
            System.out.printf(Locale.ROOT, "waitEach (the pool's way): %.2f s per payment, so %d payments would take about %.0f s%n",
                    slow.minedMs() / 1000 / slow.payments(), payees, slow.minedMs() / slow.payments() * payees / 1000);
        }
        System.out.printf(Locale.ROOT, "load average at end %s%n", loadAverage());
    }

    private static Run progress(Run r) {
        System.out.printf(Locale.ROOT, "  %s: %d sent in %.0f ms, all mined after %.0f ms%n", r.label(), r.payments(),
                r.sentMs(), r.minedMs());
        return r;
    }

    /** N eth_sendTransaction calls and nothing else. */
    private static Run bare(int n) {
        try (LocalAnvil anvil = LocalAnvil.start(1, LocalAnvil.DEFAULT_CHAIN_ID);
             Web3EthNode node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(10));
             HttpPipe http = new HttpPipe(anvil.rpcUrl())) {
            String gasPrice = "0x" + node.gasPrice().shiftLeft(1).toString(16);
            long startNonce = node.nonce(POOL, BlockTag.PENDING);
            long startBlock = node.blockNumber();
            // warm the client's connection, as the desk's is warm after its plan
            http.call("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"eth_blockNumber\",\"params\":[]}");
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                String body = "{\"jsonrpc\":\"2.0\",\"id\":" + (i + 1) + ",\"method\":\"eth_sendTransaction\",\"params\":[{\"from\":\""
                        + POOL + "\",\"to\":\"" + String.format("0x%08x%032x", 0x6b000000, i + 1) + "\",\"value\":\"0x38d7ea4c68000\""
                        + ",\"gas\":\"0x5208\",\"gasPrice\":\"" + gasPrice + "\"}]}";
                String answer = http.call(body);
                if (!answer.contains("\"result\":\"0x")) throw new IllegalStateException("send " + i + " refused: " + answer);
            }
            long sent = System.nanoTime();
            long minedAt = awaitNonce(node, startNonce + n);
            return new Run("bare", n, (sent - start) / 1e6, (minedAt - start) / 1e6, node.blockNumber() - startBlock, null);
        }
    }

    /** The desk's batch: from the pay call until every payment is recorded (sent) and mined. */
    private static Run desk(String label, int payees, boolean waitEach, boolean autoGas) {
        try (LocalRedis redis = LocalRedis.start();
             LocalAnvil anvil = LocalAnvil.start(1, LocalAnvil.DEFAULT_CHAIN_ID);
             Web3EthNode node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(10));
             RedisPoolLedger ledger = new RedisPoolLedger(
                     new RedisEndpoint(redis.host(), redis.port(), 0, "", Duration.ofSeconds(10)), "eth")) {
            NodeAccountSigner signer = new NodeAccountSigner(node, POOL, true);
            SeedSpec spec = SeedSpec.defaults().withMiners(Math.max(3_000, payees * 20));
            SeedSummary seeded = new SandboxSeeder(redis.host(), redis.port()).seed(spec,
                    (from, to, wei) -> signer.send(signer.sign(to, wei, OptionalLong.empty(), null)));
            if (seeded.overThreshold() < payees) {
                throw new IllegalStateException("only " + seeded.overThreshold() + " payees over the threshold");
            }
            // autoGas off: gas 21000 and the gas price of the config (here the node's, doubled), as the bare loop;
            // autoGas on (the pool's default): the node fills in gas (an estimate) and price on every send.
            NodeAccountSigner payer = autoGas ? signer : new NodeAccountSigner(node, POOL, false);
            PayoutSettings settings = new PayoutSettings(POOL, spec.globalThreshold(), 0, autoGas, autoGas ? null
                    : java.math.BigInteger.valueOf(21_000), autoGas ? null : node.gasPrice().shiftLeft(1),
                    PayoutSettings.FeeMode.LEGACY, null, null, false, Duration.ofMinutes(2), 10_000, false, "bench");
            PaymentDesk desk = new PaymentDesk(ledger, node, payer, settings, Duration.ofMillis(100));
            awaitNonce(node, node.nonce(POOL, BlockTag.PENDING));
            desk.resolve();
            PayoutPlan plan = desk.plan(payees);
            if (!plan.blockers().isEmpty()) throw new IllegalStateException("blocked: " + plan.blockers());
            long startNonce = node.nonce(POOL, BlockTag.PENDING);
            long startBlock = node.blockNumber();
            long start = System.nanoTime();
            BatchResult result = desk.pay(plan, plan.payments(), waitEach, () -> false, BatchListener.NONE);
            long sent = System.nanoTime();
            if (result.halted()) throw new IllegalStateException("halted: " + result.lastFail());
            long minedAt = awaitNonce(node, startNonce + payees);
            long blocks = node.blockNumber() - startBlock;
            // not timed: every payment's own receipt, as the desk follows them
            List<ReceiptCheck> receipts = desk.followReceipts(result.paid(), Duration.ofMinutes(2), Duration.ofMillis(200));
            long confirmed = receipts.stream().filter(r -> r.status() == ReceiptCheck.Status.CONFIRMED).count();
            if (result.paid().size() != payees || confirmed != payees) {
                throw new IllegalStateException("paid " + result.paid().size() + ", confirmed " + confirmed + " of " + payees);
            }
            return new Run(label, payees, (sent - start) / 1e6, (minedAt - start) / 1e6, blocks,
                    desk.lastBatchTimings().perPayment());
        }
    }

    /** nanoTime when the pool account's latest nonce reached {@code nonce}. */
    private static long awaitNonce(Web3EthNode node, long nonce) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (node.nonce(POOL, BlockTag.LATEST) < nonce) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("not mined within 2 minutes");
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return System.nanoTime();
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
