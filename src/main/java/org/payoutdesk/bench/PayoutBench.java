package org.payoutdesk.bench;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
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
 * How long a batch of N payees takes on anvil with a 1-second block time: the desk's default mode
 * (send all, follow receipts afterwards) against {@code waitEach} (the pool's way: wait for each
 * transaction to be mined before the next). Each mode gets its own fresh Redis and chain, seeded
 * by the sandbox seeder; its two stuck payments are resolved first.
 *
 * <p>{@code java ... org.payoutdesk.bench.PayoutBench [payees]} (default 100).
 */
public final class PayoutBench {
    private PayoutBench() { }

    public static void main(String[] args) {
        int payees = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        long fast = run(payees, false);
        long slow = run(payees, true);
        System.out.printf("payout of %d payees, anvil block time 1 s:%n", payees);
        System.out.printf("  default (send all, then follow receipts until mined): %.1f s%n", fast / 1000.0);
        System.out.printf("  waitEach (each mined before the next, as the pool):   %.1f s%n", slow / 1000.0);
    }

    /** Milliseconds from the start of the batch until every payment is recorded and mined. */
    private static long run(int payees, boolean waitEach) {
        try (LocalRedis redis = LocalRedis.start();
             LocalAnvil anvil = LocalAnvil.start(1, LocalAnvil.DEFAULT_CHAIN_ID);
             Web3EthNode node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(10));
             RedisPoolLedger ledger = new RedisPoolLedger(
                     new RedisEndpoint(redis.host(), redis.port(), 0, "", Duration.ofSeconds(10)), "eth")) {
            NodeAccountSigner signer = new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true);
            SeedSpec spec = SeedSpec.defaults().withMiners(Math.max(3_000, payees * 20));
            SeedSummary seeded = new SandboxSeeder(redis.host(), redis.port()).seed(spec,
                    (from, to, wei) -> signer.send(signer.sign(to, wei, OptionalLong.empty(), null)));
            if (seeded.overThreshold() < payees) {
                throw new IllegalStateException("only " + seeded.overThreshold() + " payees over the threshold");
            }
            PayoutSettings settings = new PayoutSettings(LocalAnvil.ACCOUNT_0, spec.globalThreshold(), 0, true, null,
                    null, PayoutSettings.FeeMode.LEGACY, null, null, false, Duration.ofMinutes(2), 10_000, false, "bench");
            PaymentDesk desk = new PaymentDesk(ledger, node, signer, settings, Duration.ofMillis(100));
            awaitMined(node);
            desk.resolve();
            PayoutPlan plan = desk.plan(payees);
            if (!plan.blockers().isEmpty()) throw new IllegalStateException("blocked: " + plan.blockers());
            long start = System.nanoTime();
            BatchResult result = desk.pay(plan, plan.payments(), waitEach, () -> false, BatchListener.NONE);
            if (result.halted()) throw new IllegalStateException("halted: " + result.lastFail());
            List<ReceiptCheck> receipts = desk.followReceipts(result.paid(), Duration.ofMinutes(5), Duration.ofMillis(100));
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            long confirmed = receipts.stream().filter(r -> r.status() == ReceiptCheck.Status.CONFIRMED).count();
            if (result.paid().size() != payees || confirmed != payees) {
                throw new IllegalStateException("paid " + result.paid().size() + ", confirmed " + confirmed + " of " + payees);
            }
            System.out.printf("%s: %d payees paid and mined in %d ms (%d blocks)%n", waitEach ? "waitEach" : "default",
                    payees, elapsed, receipts.stream().mapToLong(r -> r.block().orElse(0)).distinct().count());
            return elapsed;
        }
    }

    private static void awaitMined(Web3EthNode node) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (node.nonce(LocalAnvil.ACCOUNT_0, org.payoutdesk.chain.BlockTag.PENDING)
                > node.nonce(LocalAnvil.ACCOUNT_0, org.payoutdesk.chain.BlockTag.LATEST)) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("the seeded transfer is not mined");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
