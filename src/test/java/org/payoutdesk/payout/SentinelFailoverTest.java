package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.payoutdesk.chain.NodeAccountSigner;
import org.payoutdesk.chain.Web3EthNode;
import org.payoutdesk.config.RedisDeployment;
import org.payoutdesk.ledger.AuditReport;
import org.payoutdesk.ledger.RedisEndpoint;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedisNode;
import org.payoutdesk.sandbox.LocalSentinelGroup;
import org.payoutdesk.testing.AnvilExtension;
import org.payoutdesk.testing.ChainRpc;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.GoPoolFixture;

/**
 * Batches through Redis Sentinel (one master, one replica, three sentinels) while the master dies
 * and while the replica lags: every miner is paid exactly once, the invariants hold.
 */
@ExtendWith(AnvilExtension.class)
class SentinelFailoverTest {
    private static final String POOL = LocalAnvil.ACCOUNT_0;
    private static final long AMOUNT = 600_000_000L;

    private LocalSentinelGroup group;
    private Web3EthNode node;
    private RedisPoolLedger ledger;
    private PaymentDesk desk;
    private ChainRpc rpc;

    @BeforeEach
    void start(LocalAnvil anvil) {
        group = LocalSentinelGroup.start();
        node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(5));
        ledger = new RedisPoolLedger(new RedisEndpoint("", 0, 0, "", Duration.ofSeconds(2),
                RedisDeployment.sentinel(LocalSentinelGroup.MASTER_NAME, group.sentinelAddrs())), EngineRig.COIN);
        PayoutSettings settings = new PayoutSettings(POOL, EngineRig.THRESHOLD, 0, true, null, null,
                PayoutSettings.FeeMode.LEGACY, null, null, false, Duration.ofSeconds(20), 10_000, false, "test");
        desk = new PaymentDesk(ledger, node, new NodeAccountSigner(node, POOL, true), settings, Duration.ofMillis(100));
        rpc = new ChainRpc(anvil.rpcUrl());
    }

    @AfterEach
    void stop() {
        if (ledger != null) ledger.close();
        if (node != null) node.close();
        if (group != null) group.close();
    }

    @Test
    void aBatchThroughTheSentinelsWaitsForTheReplicaAndShowsTheMaster() {
        List<String> miners = seed(3, group.master);
        assertEquals("127.0.0.1:" + group.master.port(), ledger.link().master());
        assertEquals(java.util.Optional.of(LocalSentinelGroup.MASTER_NAME), ledger.link().sentinelMaster());
        assertFalse(ledger.link().tls());
        assertEquals(1, ledger.replicas());

        BatchResult result = payAll();
        assertFalse(result.halted(), result.lastFail());
        assertEquals(3, result.paid().size());
        LocalSentinelGroup.awaitReplicaInSync(group.master, group.replica);
        assertPaidOnce(miners);
    }

    @Test
    void theMasterKilledMidBatchHaltsAndTheNewMasterResolvesWhatWasInFlight() {
        List<String> miners = seed(4, group.master);
        int oldMaster = group.master.port();
        desk.payer().hook((p, step) -> {
            if (p.login().equals(miners.get(1)) && step == PaymentStep.SENT) group.master.kill();
        });
        BatchResult first = payAll();
        assertTrue(first.halted(), "the batch halts when its master dies");
        assertEquals(1, first.paid().size());
        assertTrue(first.lastFail().contains("stays pending"), first.lastFail());
        desk.payer().hook((p, step) -> { });

        LocalRedisNode promoted = group.awaitFailoverFrom(oldMaster);
        awaitLedgerOn(promoted);
        // The debit and nonce journal of the payment in flight were on the replica before it was sent.
        assertEquals(1, ledger.pendingPayments().size());
        List<Reconciliation> verdicts = desk.resolve();
        assertEquals(Verdict.PAID, verdicts.getFirst().verdict(), verdicts.getFirst().evidence());

        BatchResult rest = payAll();
        assertFalse(rest.halted(), rest.lastFail());
        assertEquals(2, rest.paid().size(), "the two not attempted, and nobody twice");
        assertPaidOnce(miners);
    }

    @Test
    void aFrozenReplicaHaltsTheBatchBeforeSendingAndTheStaleReplicaPromotedPaysNobodyTwice() {
        List<String> miners = seed(3, group.master);
        int oldMaster = group.master.port();
        desk.payer().replicaWait(Duration.ofMillis(400));
        desk.payer().hook((p, step) -> {
            if (p.login().equals(miners.get(1)) && step == PaymentStep.LOCKED) {
                // Frozen, and cut off: what the master sends from now on never reaches it (a frozen
                // process would still find it in its socket buffer on waking).
                group.replica.freeze();
                try (GoPoolFixture f = new GoPoolFixture("127.0.0.1", group.master.port(), EngineRig.COIN)) {
                    f.raw.ok("CLIENT", "KILL", "TYPE", "replica");
                }
            }
        });
        BatchResult first = payAll();
        desk.payer().hook((p, step) -> { });
        assertTrue(first.halted(), "WAIT timed out");
        assertTrue(first.lastFail().contains("was NOT sent"), first.lastFail());
        assertEquals(1, first.paid().size());
        assertEquals(BigInteger.ZERO, rpc.balance(miners.get(1)), "halted before sending");

        // The master dies while the replica lags: the stale replica becomes the master.
        group.master.kill();
        group.replica.thaw();
        LocalRedisNode promoted = group.awaitFailoverFrom(oldMaster);
        assertEquals(group.replica, promoted);
        awaitLedgerOn(promoted);
        assertEquals(AMOUNT, ledger.balance(miners.get(1)), "the promoted replica never got the halted payment's debit");
        assertTrue(ledger.pendingPayments().stream().noneMatch(p -> p.login().equals(miners.get(1))));

        desk.resolve();
        PayoutPlan plan = desk.plan(0);
        assertEquals(List.of(), plan.blockers());
        BatchResult rest = desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
        assertFalse(rest.halted(), rest.lastFail());
        assertPaidOnce(miners);
    }

    @Test
    void aFrozenReplicaStopsASpeedUpBeforeItIsSentAndAThawedOneLetsItThrough() {
        List<String> miners = seed(1, group.master);
        rpc.automine(false);
        try {
            BatchResult paid = payAll();
            assertFalse(paid.halted(), paid.lastFail());
            String original = paid.paid().getFirst().txHash();
            Replacement speedup = desk.replacements().preview(original, Replacement.Kind.SPEEDUP, null);
            desk.replacements().replicaWait(Duration.ofMillis(400));
            LocalSentinelGroup.awaitReplicaInSync(group.master, group.replica);
            group.replica.freeze();
            try (GoPoolFixture f = new GoPoolFixture("127.0.0.1", group.master.port(), EngineRig.COIN)) {
                f.raw.ok("CLIENT", "KILL", "TYPE", "replica");
            }
            PaymentException refused = org.junit.jupiter.api.Assertions.assertThrows(PaymentException.class,
                    () -> desk.replacements().send(speedup));
            assertTrue(refused.getMessage().contains("replacement was NOT sent"), refused.getMessage());
            // A replacement would have taken the original's place in the node's pool.
            assertTrue(rpc.raw("txpool_content").contains(original), "the original is still the one at its nonce");

            group.replica.thaw();
            LocalSentinelGroup.awaitReplicaInSync(group.master, group.replica);
            desk.replacements().replicaWait(Duration.ofSeconds(5));
            String sent = desk.replacements().send(desk.replacements().preview(original, Replacement.Kind.SPEEDUP, null));
            rpc.mine();
            assertEquals("0x1", rpc.receiptStatus(sent), "the speed-up is mined");
        } finally {
            rpc.automine(true);
        }
        desk.resolve();
        assertPaidOnce(miners);
        assertEquals(List.of(), ledger.allAttempts().values().stream().flatMap(List::stream).toList(),
                "settled: the attempts are cleared");
    }

    private List<String> seed(int n, LocalRedisNode master) {
        List<String> miners = EngineRig.logins(n);
        try (GoPoolFixture f = new GoPoolFixture("127.0.0.1", master.port(), EngineRig.COIN)) {
            for (String m : miners) f.credit(m, AMOUNT);
        }
        return miners;
    }

    private BatchResult payAll() {
        PayoutPlan plan = desk.plan(0);
        assertEquals(List.of(), plan.blockers());
        return desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
    }

    /** Jedis follows the sentinels' +switch-master: wait until the ledger talks to the promoted master. */
    private void awaitLedgerOn(LocalRedisNode promoted) {
        String want = "127.0.0.1:" + promoted.port();
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (ledger.link().master().equals(want)) {
                    ledger.pingMicros();
                    return;
                }
            } catch (RuntimeException notYet) {
                // the pool is being rebuilt for the new master
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the ledger still uses " + ledger.link().master() + ", not " + want);
    }

    /** On chain each miner received exactly its amount once; in the ledger it is paid, nothing pending, invariants hold. */
    private void assertPaidOnce(List<String> miners) {
        awaitMined();
        Map<String, BigInteger> onChain = new LinkedHashMap<>();
        Map<String, BigInteger> expected = new LinkedHashMap<>();
        for (String m : miners) {
            onChain.put(m, rpc.balance(m));
            expected.put(m, EngineRig.wei(AMOUNT));
        }
        assertEquals(expected, onChain, "on chain");
        for (String m : miners) {
            assertEquals(0, ledger.balance(m), m);
            assertEquals(1, ledger.payments(m, 0, 10).total(), m + " payments");
        }
        assertEquals(List.of(), ledger.pendingPayments());
        assertFalse(ledger.isLocked());
        AuditReport audit = ledger.audit();
        assertTrue(audit.clean(), () -> "ledger audit: " + audit.violations());
    }

    private void awaitMined() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (rpc.nonce(POOL, "pending") > rpc.nonce(POOL, "latest")) {
            if (System.nanoTime() > deadline) throw new AssertionError("the pool's transactions are not mined");
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
