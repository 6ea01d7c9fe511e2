package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.payoutdesk.chain.BlockTag;
import org.payoutdesk.chain.EthNode;
import org.payoutdesk.chain.FeeSuggestion;
import org.payoutdesk.chain.NonceAndHead;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.ForwardingEthNode;

/**
 * What a batch reads once instead of per payment (wallet, nonce, fees per head block), counted on the real
 * anvil through a counting node, and the foreign-sender check that still runs before every debit: another
 * sender mid-batch halts before the next debit even when no block came in between, and a collision in the
 * window the check leaves is refused by the node and resolves as NOT_SENT.
 */
class BatchSharingTest extends EngineCase {
    private static final long AMOUNT = 800_000_000L;

    /** The real node, with the calls a batch makes counted. */
    static final class CountingNode extends ForwardingEthNode {
        final AtomicInteger balance = new AtomicInteger();
        final AtomicInteger nonce = new AtomicInteger();
        final AtomicInteger nonceAndHead = new AtomicInteger();
        final AtomicInteger gasPrice = new AtomicInteger();
        final AtomicInteger feeSuggestion = new AtomicInteger();
        final AtomicInteger blockNumber = new AtomicInteger();
        /** Subtracted from the pending nonce the checks report: a node (or a balancer) that has not counted ours yet. */
        volatile long lag;

        CountingNode(EthNode node) {
            super(node);
        }

        void reset() {
            for (AtomicInteger c : List.of(balance, nonce, nonceAndHead, gasPrice, feeSuggestion, blockNumber)) c.set(0);
        }

        @Override public BigInteger balance(String address) { balance.incrementAndGet(); return node.balance(address); }

        @Override public long nonce(String address, BlockTag tag) { nonce.incrementAndGet(); return node.nonce(address, tag); }

        @Override public long blockNumber() { blockNumber.incrementAndGet(); return node.blockNumber(); }

        @Override public BigInteger gasPrice() { gasPrice.incrementAndGet(); return node.gasPrice(); }

        @Override public FeeSuggestion feeSuggestion() { feeSuggestion.incrementAndGet(); return node.feeSuggestion(); }

        @Override
        public NonceAndHead nonceAndHead(String address) {
            nonceAndHead.incrementAndGet();
            NonceAndHead n = node.nonceAndHead(address); // the real one: a JSON-RPC batch
            return new NonceAndHead(Math.max(0, n.pendingNonce() - lag), n.headBlock());
        }
    }

    private static PaymentDesk desk(EngineRig rig, EthNode node) {
        PayoutSettings s = new PayoutSettings(rig.poolAddress, EngineRig.THRESHOLD, 0, true, null, null,
                PayoutSettings.FeeMode.LEGACY, null, null, false, Duration.ofSeconds(20), 10_000, false, "test");
        return new PaymentDesk(rig.ledger, node, rig.signer, s, Duration.ofMillis(100));
    }

    @Test
    void walletAndNonceAreReadOnceAndTheFeesOncePerHeadBlock() {
        try (EngineRig rig = rigs.nodeAccount(EngineRig.POOL)) {
            CountingNode counting = new CountingNode(rig.node);
            PaymentDesk desk = desk(rig, counting);
            List<String> logins = EngineRig.logins(5);
            for (String l : logins) rig.pool.credit(l, AMOUNT);
            long before = rig.rpc.nonce(rig.poolAddress, "pending");
            rig.rpc.automine(false);
            BatchResult result;
            try {
                PayoutPlan plan = desk.plan(0);
                counting.reset();
                result = desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
            } finally {
                rig.rpc.automine(true);
            }
            rig.rpc.mine();
            assertFalse(result.halted(), result.lastFail());
            assertEquals(5, result.paid().size());
            assertEquals(1, counting.balance.get(), "the wallet is read once per batch");
            assertEquals(0, counting.nonce.get(), "no separate nonce read: the nonce is counted locally");
            assertEquals(5, counting.nonceAndHead.get(), "the foreign-sender check: one batched read per payment");
            assertEquals(5, desk.payer().lastNonceReads());
            assertEquals(1, counting.gasPrice.get(), "no block came: the fees were read once");
            assertEquals(1, desk.payer().lastFeeReads());
            for (int i = 0; i < 5; i++) assertEquals(before + i, result.paid().get(i).nonce(), "consecutive nonces");
            EngineRig.assertConfirmed(desk, result);

            // A block comes in after the second payment: the third re-reads the fees, the fourth does not.
            List<String> more = EngineRig.logins(4);
            for (String l : more) rig.pool.credit(l, AMOUNT);
            PayoutPlan plan = desk.plan(0);
            desk.payer().hook((p, s) -> {
                if (p.login().equals(more.get(1)) && s == PaymentStep.RECORDED) rig.rpc.mine();
            });
            rig.rpc.automine(false);
            BatchResult second;
            try {
                counting.reset();
                second = desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
            } finally {
                rig.rpc.automine(true);
            }
            rig.rpc.mine();
            assertFalse(second.halted(), second.lastFail());
            assertEquals(4, second.paid().size());
            assertEquals(1, counting.balance.get());
            assertEquals(0, counting.nonce.get());
            assertEquals(2, counting.gasPrice.get(), "the first payment's read, then once for the new head");
            assertEquals(2, desk.payer().lastFeeReads());
            EngineRig.assertConfirmed(desk, second);
            rig.assertSettled();
        }
    }

    @Test
    void theNonceIsCountedHereWhenTheNodeLagsBehindOurOwnSends() {
        try (EngineRig rig = rigs.nodeAccount(EngineRig.POOL)) {
            CountingNode counting = new CountingNode(rig.node);
            PaymentDesk desk = desk(rig, counting);
            List<String> logins = EngineRig.logins(4);
            for (String l : logins) rig.pool.credit(l, AMOUNT);
            PayoutPlan plan = desk.plan(0);
            long first = rig.rpc.nonce(rig.poolAddress, "pending");
            // After the first read, the node reports one less than it has: a batch that took the node's count
            // would reuse a nonce and have the node refuse it (or replace its own payment).
            AtomicInteger payments = new AtomicInteger();
            desk.payer().hook((p, s) -> {
                if (s == PaymentStep.RECORDED && payments.incrementAndGet() == 1) counting.lag = 1;
            });
            BatchResult result = desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
            assertFalse(result.halted(), result.lastFail());
            for (int i = 0; i < 4; i++) assertEquals(first + i, result.paid().get(i).nonce());
            EngineRig.assertConfirmed(desk, result);
            for (String l : logins) assertEquals(EngineRig.wei(AMOUNT), rig.rpc.balance(l));
            rig.assertSettled();
        }
    }

    @Test
    void anotherSenderMidBatchHaltsBeforeTheNextDebitEvenWithinOneBlock() {
        try (EngineRig rig = rigs.nodeAccount(EngineRig.POOL)) {
            CountingNode counting = new CountingNode(rig.node);
            PaymentDesk desk = desk(rig, counting);
            List<String> logins = EngineRig.logins(3);
            for (String l : logins) rig.pool.credit(l, AMOUNT);
            PayoutPlan plan = desk.plan(0);
            desk.payer().hook((p, s) -> {
                if (p.login().equals(logins.get(0)) && s == PaymentStep.RECORDED) {
                    rig.rpc.transfer(rig.poolAddress, EngineRig.freshLogin(), BigInteger.TEN.pow(15));
                }
            });
            rig.rpc.automine(false);
            BatchResult result;
            long head = rig.rpc.blockNumber();
            try {
                result = desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
                assertEquals(head, rig.rpc.blockNumber(), "no block in between: a check only on a new head would miss it");
            } finally {
                rig.rpc.automine(true);
            }
            rig.rpc.mine();
            assertTrue(result.halted());
            assertTrue(result.lastFail().contains("another sender is using the pool account"), result.lastFail());
            assertTrue(result.lastFail().contains("nothing debited for " + logins.get(1)), result.lastFail());
            assertEquals(1, result.paid().size());
            assertEquals(Map.of("balance", Long.toString(AMOUNT)), rig.miner(logins.get(1)), "not debited, untouched");
            assertEquals(Map.of("balance", Long.toString(AMOUNT)), rig.miner(logins.get(2)));
            assertEquals(Map.of(), rig.pending());
            assertFalse(rig.pool.raw.exists("eth:payments:lock"), "the second payment never took the lock");
            rig.assertSettled();
        }
    }

    @Test
    void aCollisionAfterTheCheckIsRefusedByTheNodeAndResolvesAsNotSent() {
        try (EngineRig rig = rigs.nodeAccount(EngineRig.POOL)) {
            List<String> logins = EngineRig.logins(3);
            for (String l : logins) rig.pool.credit(l, AMOUNT);
            long minersBefore = rig.minersTotal(logins);
            PayoutPlan plan = rig.desk.plan(0);
            String foreign = EngineRig.freshLogin();
            // The residual window: after the second payment's check, before its send, another sender takes
            // its nonce (and it is mined at once). Our send carries that nonce explicitly.
            rig.desk.payer().hook((p, s) -> {
                if (p.login().equals(logins.get(1)) && s == PaymentStep.NONCE_JOURNALED) {
                    rig.rpc.transfer(rig.poolAddress, foreign, BigInteger.TEN.pow(15));
                }
            });
            BatchResult result = rig.desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
            assertTrue(result.halted());
            assertEquals(logins.get(1), result.haltedOn());
            assertTrue(result.lastFail().contains("failed after the debit"), result.lastFail());
            assertTrue(result.lastFail().contains("nonce too low"), result.lastFail());
            assertEquals(1, result.paid().size());
            String member = logins.get(1) + ":" + AMOUNT;
            assertEquals(List.of(member), List.copyOf(rig.pool.raw.zrange("eth:payments:pending").keySet()));
            long journalled = Long.parseLong(rig.pool.raw.hgetall("eth:payments:pendingnonce").get(member));
            assertEquals(result.paid().getFirst().nonce() + 1, journalled);
            assertEquals(BigInteger.ZERO, rig.rpc.balance(logins.get(1)), "the second payment never went out");

            rig.awaitMempoolEmpty();
            List<Reconciliation> verdicts = rig.restartedDesk().resolve();
            assertEquals(1, verdicts.size());
            assertEquals(Verdict.NOT_SENT, verdicts.getFirst().verdict(), verdicts.getFirst().evidence());
            rig.assertSettled();
            assertEquals(minersBefore, rig.minersTotal(logins));
            assertEquals(Map.of("balance", Long.toString(AMOUNT), "pending", "0"), rig.miner(logins.get(1)));
        }
    }
}
