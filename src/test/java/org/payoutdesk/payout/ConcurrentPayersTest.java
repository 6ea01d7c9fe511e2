package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.testing.EngineRig;

/**
 * Two Payout Desks (two processes' worth: their own Redis connections and node clients) pay the same
 * ledger from the same pool account at the same moment, each with a plan that names every miner. The
 * pool's lock, the guarded debit and the other-sender check decide who pays whom; whatever one of them
 * halts on is settled by {@code resolve}, and one more batch pays whoever is still owed. Every miner
 * ends up paid exactly once on chain and in the ledger.
 */
class ConcurrentPayersTest extends EngineCase {
    private static final int MINERS = 12;

    /** The second desk starts 0, 15, 30, 45 ms after the first: at once, and in the middle of its batch. */
    @RepeatedTest(4)
    void twoDesksAtOncePayEveryMinerExactlyOnce(RepetitionInfo repetition) throws Exception {
        long lagMillis = (repetition.getCurrentRepetition() - 1) * 15L;
        try (EngineRig a = rigs.nodeAccount(LocalAnvil.ACCOUNT_0); EngineRig b = rigs.nodeAccount(LocalAnvil.ACCOUNT_0)) {
            List<String> logins = EngineRig.logins(MINERS);
            for (int i = 0; i < MINERS; i++) a.pool.credit(logins.get(i), 600_000_000L + i * 1_000_003L);
            long minersBefore = a.minersTotal(logins);
            long financesBefore = a.financesTotal();
            PayoutPlan planA = a.desk.plan(0);
            PayoutPlan planB = b.desk.plan(0);
            assertEquals(MINERS, planA.payments().size());
            assertEquals(MINERS, planB.payments().size());

            CountDownLatch go = new CountDownLatch(1);
            // A thread each (the common pool has one worker on two cores: the batches would take turns).
            ExecutorService two = Executors.newFixedThreadPool(2);
            BatchResult ra;
            BatchResult rb;
            try {
                Future<BatchResult> first = two.submit(() -> payAt(go, a.desk, planA));
                Future<BatchResult> second = two.submit(() -> {
                    go.await();
                    Thread.sleep(lagMillis);
                    return b.desk.pay(planB, planB.payments(), false, () -> false, BatchListener.NONE);
                });
                go.countDown();
                ra = first.get(120, TimeUnit.SECONDS);
                rb = second.get(120, TimeUnit.SECONDS);
            } finally {
                two.shutdownNow();
            }
            a.awaitMempoolEmpty();
            System.out.printf("two desks, B %d ms later: A paid %d, skipped %d, %s; B paid %d, skipped %d, %s%n",
                    lagMillis, ra.paid().size(), ra.skipped().size(), ra.halted() ? "halted: " + ra.lastFail() : "not halted",
                    rb.paid().size(), rb.skipped().size(), rb.halted() ? "halted: " + rb.lastFail() : "not halted");

            // Nobody was sent to twice by the two batches together.
            Set<String> sentTo = new HashSet<>();
            for (PaidPayment p : concat(ra.paid(), rb.paid())) assertTrue(sentTo.add(p.login()), "sent twice to " + p.login());

            // What a halt left is settled, then one more batch pays the rest.
            PaymentDesk after = a.restartedDesk();
            after.resolve();
            PayoutPlan rest = after.plan(0);
            assertEquals(List.of(), rest.blockers());
            BatchResult last = after.pay(rest, rest.payments(), false, () -> false, BatchListener.NONE);
            assertTrue(!last.halted(), last.lastFail());
            a.awaitMempoolEmpty();

            for (int i = 0; i < MINERS; i++) {
                String login = logins.get(i);
                long amount = 600_000_000L + i * 1_000_003L;
                assertEquals(EngineRig.wei(amount), a.rpc.balance(login), "paid exactly once on chain: " + login);
                Map<String, String> miner = a.miner(login);
                assertEquals("0", miner.get("balance"), login);
                assertEquals(Long.toString(amount), miner.get("paid"), login);
                assertEquals(1, a.pool.raw.zrange("eth:payments:" + login).size(), login + " has one payment");
            }
            a.assertSettled();
            assertEquals(minersBefore, a.minersTotal(logins), "not a Shannon lost or made");
            assertEquals(financesBefore, a.financesTotal());
        }
    }

    private static BatchResult payAt(CountDownLatch go, PaymentDesk desk, PayoutPlan plan) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
    }

    private static List<PaidPayment> concat(List<PaidPayment> x, List<PaidPayment> y) {
        List<PaidPayment> all = new ArrayList<>(x);
        all.addAll(y);
        return all;
    }
}
