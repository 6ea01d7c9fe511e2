package org.payoutdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.BatchListener;
import org.payoutdesk.payout.BatchResult;
import org.payoutdesk.payout.Blocker;
import org.payoutdesk.payout.PaidPayment;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutPlan;
import org.payoutdesk.payout.PlannedPayment;
import org.payoutdesk.payout.ReceiptCheck;
import org.payoutdesk.payout.Reconciliation;
import org.payoutdesk.payout.Verdict;
import org.payoutdesk.testing.ChainRpc;
import org.payoutdesk.wiring.AssembledDesk;
import org.payoutdesk.wiring.DeskAssembly;

/**
 * The real sandbox (embedded Redis, anvil with 2 s blocks, 5,000 seeded miners) driven through the
 * same DeskAssembly the window uses: the seeded stuck payments resolve as PAID (with the hash that
 * really went out) and NOT_SENT, and then a small batch pays end to end on the chain.
 */
class SandboxTest {

    @Test
    void theSandboxsStuckPaymentsResolveAndABatchPaysEndToEnd() throws Exception {
        Sandbox sandbox = Sandbox.start(false);
        try (AssembledDesk assembled = DeskAssembly.open(sandbox.config())) {
            PaymentDesk desk = assembled.desk();
            PoolLedger ledger = desk.ledger();
            ChainRpc chain = new ChainRpc(sandbox.rpcUrl());
            SeedSummary seeded = sandbox.summary();
            System.out.println("sandbox started in " + sandbox.startupTime().toMillis() + " ms");

            // The config: the sandbox's Redis, anvil, the dev account paying with node signing.
            assertEquals("eth", sandbox.config().coin());
            assertEquals(sandbox.redisEndpoint(), sandbox.config().redis().endpoint());
            assertEquals(sandbox.rpcUrl(), sandbox.config().payouts().daemon());
            assertEquals(LocalAnvil.ACCOUNT_0, sandbox.poolAddress());
            assertEquals(0, sandbox.config().payouts().requirePeers());
            assertEquals(500_000_000L, sandbox.config().payouts().threshold());
            assertEquals(Duration.ofSeconds(10), sandbox.config().payouts().timeout());
            assertEquals(Duration.ofMinutes(2), sandbox.config().desk().receiptTimeout());
            assertTrue(sandbox.config().desk().explorer().isEmpty());
            assertEquals(31337, desk.node().chainId());

            // The ledger: >= 5,000 miners, a few hundred over the threshold.
            assertEquals(5_000, seeded.minerCount());
            assertEquals(5_000, ledger.payeeTable().rows().size());
            assertTrue(seeded.overThreshold() >= 200 && seeded.overThreshold() <= 900, "over threshold: " + seeded.overThreshold());

            // The wallet covers everything owed, twice over.
            long owed = ledger.finances().balance() + ledger.finances().pending();
            assertEquals(sandbox.walletWei(), chain.balance(sandbox.poolAddress()));
            assertTrue(sandbox.walletWei().compareTo(Shannon.toWei(owed).shiftLeft(1)) > 0, "wallet " + sandbox.walletWei());

            // Before resolving: the plan lists a few hundred payees but is blocked by the stuck payments.
            PayoutPlan blocked = desk.plan(0);
            assertTrue(blocked.payments().size() >= 200, "planned: " + blocked.payments().size());
            Set<Blocker.Kind> kinds = blocked.blockers().stream().map(Blocker::kind).collect(Collectors.toSet());
            assertEquals(Set.of(Blocker.Kind.PENDING_PAYMENTS, Blocker.Kind.LOCKED), kinds);
            assertTrue(blocked.walletAfterWei().signum() > 0);

            // The two stuck payments: one really went out (its transfer is on chain), one never did.
            List<StuckPayment> stuck = seeded.stuckPayments();
            assertEquals(2, stuck.size());
            StuckPayment sent = stuck.get(0);
            StuckPayment never = stuck.get(1);
            assertTrue(sent.sentOnChain());
            assertFalse(never.sentOnChain());
            String hash = sent.txHash().orElseThrow();
            assertEquals("0x1", chain.receiptStatus(hash));
            assertEquals(Set.of(sent.member(), never.member()),
                    ledger.pendingPayments().stream().map(p -> p.member()).collect(Collectors.toSet()));
            assertEquals(never.member(), ledger.lockValue().orElseThrow());

            Map<String, Reconciliation> verdicts = new HashMap<>();
            for (Reconciliation r : desk.reconcile()) verdicts.put(r.entry().member(), r);
            assertEquals(Verdict.PAID, verdicts.get(sent.member()).verdict(), verdicts.get(sent.member()).evidence());
            assertEquals(hash, verdicts.get(sent.member()).txHash().orElseThrow());
            assertEquals(Verdict.NOT_SENT, verdicts.get(never.member()).verdict(), verdicts.get(never.member()).evidence());

            long neverBalance = ledger.balance(never.login());
            long sentBalance = ledger.balance(sent.login());
            desk.resolve();
            assertTrue(ledger.pendingPayments().isEmpty());
            assertTrue(ledger.lockValue().isEmpty());
            PaymentRecord approved = ledger.payments(sent.login(), 0, 1).items().getFirst();
            assertEquals(hash, approved.txHash());
            assertEquals(sent.amount(), approved.amount());
            assertEquals(sentBalance, ledger.balance(sent.login()));
            assertEquals(0, ledger.payee(sent.login()).orElseThrow().pending());
            assertEquals(neverBalance + never.amount(), ledger.balance(never.login()));
            assertEquals(0, ledger.payee(never.login()).orElseThrow().pending());

            // Now a batch of 3 is sendable and pays exactly its amounts on chain.
            PayoutPlan plan = desk.plan(3);
            assertTrue(plan.sendable(), "blockers: " + plan.blockers());
            assertEquals(3, plan.payments().size());
            Map<String, BigInteger> chainBefore = new HashMap<>();
            Map<String, Long> ledgerBefore = new HashMap<>();
            for (PlannedPayment p : plan.payments()) {
                chainBefore.put(p.login(), chain.balance(p.login()));
                ledgerBefore.put(p.login(), ledger.balance(p.login()));
            }
            BatchResult batch = desk.pay(plan, plan.payments(), false, () -> false, new BatchListener() { });
            assertFalse(batch.halted(), batch.lastFail());
            assertEquals(3, batch.paid().size());
            List<ReceiptCheck> receipts = desk.followReceipts(batch.paid(), Duration.ofSeconds(30), Duration.ofMillis(200));
            List<ReceiptCheck.Status> statuses = new ArrayList<>();
            receipts.forEach(r -> statuses.add(r.status()));
            assertEquals(List.of(ReceiptCheck.Status.CONFIRMED, ReceiptCheck.Status.CONFIRMED, ReceiptCheck.Status.CONFIRMED),
                    statuses);
            for (PaidPayment p : batch.paid()) {
                assertEquals(chainBefore.get(p.login()).add(Shannon.toWei(p.amount())), chain.balance(p.login()));
                assertEquals(ledgerBefore.get(p.login()) - p.amount(), ledger.balance(p.login()));
                assertEquals(p.txHash(), ledger.payments(p.login(), 0, 1).items().getFirst().txHash());
            }
            assertTrue(ledger.pendingPayments().isEmpty());
            assertTrue(ledger.lockValue().isEmpty());
        } finally {
            sandbox.close();
        }
        assertFalse(sandbox.anvil().isAlive());
        assertFalse(sandbox.ledger().redis().isAlive());
    }
}
