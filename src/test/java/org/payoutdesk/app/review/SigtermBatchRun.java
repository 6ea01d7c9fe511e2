package org.payoutdesk.app.review;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.payoutdesk.chain.NodeAccountSigner;
import org.payoutdesk.chain.Web3EthNode;
import org.payoutdesk.ledger.RedisEndpoint;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.payout.BatchListener;
import org.payoutdesk.payout.PaidPayment;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutPlan;
import org.payoutdesk.payout.PayoutSettings;
import org.payoutdesk.sandbox.LocalAnvil;

/**
 * The process {@link BatchSigtermTest} kills: the window's batch thread ({@link RunningBatch}) and its
 * JVM shutdown hook ({@link BatchShutdownHook}) on the real engine, with each broadcast held back
 * 1.5 s after the debit so that SIGTERM lands in the middle of a payment.
 * Args: redis-host redis-port rpc-url hook|nohook. Prints "SENDING n" after the n-th debit, before its
 * broadcast, and "PAID login" per payment.
 */
final class SigtermBatchRun {
    private SigtermBatchRun() {
    }

    public static void main(String[] args) throws Exception {
        RedisPoolLedger ledger = new RedisPoolLedger(
                new RedisEndpoint(args[0], Integer.parseInt(args[1]), 0, "", Duration.ofSeconds(3)), "eth");
        Web3EthNode node = Web3EthNode.connect(args[2], Duration.ofSeconds(3));
        HookedSigner signer = new HookedSigner(new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true));
        signer.beforeSend = n -> {
            System.out.println("SENDING " + n); // debited and journalled, not broadcast yet
            System.out.flush();
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        PayoutSettings settings = new PayoutSettings(LocalAnvil.ACCOUNT_0, 500_000_000L, 0, true, null, null,
                PayoutSettings.FeeMode.LEGACY, null, null, false, Duration.ofSeconds(20), 10_000, false, "sigterm-test");
        PaymentDesk desk = new PaymentDesk(ledger, node, signer, settings, Duration.ofMillis(100));
        PayoutPlan plan = desk.plan(0);
        if ("hook".equals(args[3])) BatchShutdownHook.register();
        AtomicBoolean stop = new AtomicBoolean();
        BatchListener listener = new BatchListener() {
            @Override
            public void paid(int done, int total, PaidPayment p) {
                System.out.println("PAID " + p.login());
                System.out.flush();
            }
        };
        RunningBatch batch = RunningBatch.start(() -> desk.pay(plan, plan.payments(), false, stop::get, listener),
                stop, plan.payments().size());
        batch.awaitFinished();
        ledger.close();
        node.close();
        System.out.println("DONE");
        System.out.flush();
    }
}
