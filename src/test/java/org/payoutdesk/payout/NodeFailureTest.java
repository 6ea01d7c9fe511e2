package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.EngineRigs;
import org.payoutdesk.testing.GoPoolFixture;
import org.payoutdesk.testing.RedisExtension;
import org.payoutdesk.testing.TestKeystores;

/** The node dies, the wallet is short, the node refuses a send: the batch halts and nothing is lost. */
@ExtendWith(RedisExtension.class)
class NodeFailureTest {
    private static final BigInteger ETH = BigInteger.TEN.pow(18);

    private LocalRedis redis;

    @BeforeEach
    void setUp(LocalRedis redis) {
        this.redis = redis;
        GoPoolFixture.flushAll(redis);
    }

    @Test
    void nodeDownBeforeTheFirstPaymentHaltsAndWritesNothing() {
        try (LocalAnvil anvil = LocalAnvil.start();
             EngineRig rig = new EngineRigs(redis, anvil.rpcUrl()).nodeAccount(LocalAnvil.ACCOUNT_0)) {
            List<String> l = EngineRig.logins(2);
            rig.pool.credit(l.get(0), 900_000_000L);
            rig.pool.credit(l.get(1), 800_000_000L);
            PayoutPlan plan = rig.desk.plan(0);
            assertTrue(plan.sendable(), plan.blockers().toString());
            anvil.kill();
            Map<String, Object> before = rig.poolBytes();
            BatchResult result = rig.desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
            assertTrue(result.halted());
            assertTrue(result.lastFail().contains("node failed before paying " + l.get(0)), result.lastFail());
            assertTrue(result.lastFail().contains("unreachable"), result.lastFail());
            assertEquals(result.lastFail(), rig.desk.lastFail());
            assertEquals(List.of(), result.paid());
            assertEquals(before, rig.poolBytes());
            assertEquals("halt", rig.ledger.auditTrail(1).getFirst().get("action"));
            // and the next plan says why, without throwing
            PayoutPlan down = rig.desk.plan(0);
            assertEquals(Blocker.Kind.NODE, down.blockers().getFirst().kind());
        }
    }

    @Test
    void aShortWalletHaltsBeforeWriting(@TempDir Path dir) {
        Path keystore = TestKeystores.fresh(dir);
        try (LocalAnvil anvil = LocalAnvil.start();
             EngineRig rig = new EngineRigs(redis, anvil.rpcUrl()).keystore(keystore, PayoutSettings.FeeMode.EIP1559)) {
            String wallet = rig.poolAddress;
            rig.rpc.setBalance(wallet, ETH.multiply(BigInteger.TEN));
            List<String> l = EngineRig.logins(2);
            rig.pool.credit(l.get(0), 900_000_000L);
            rig.pool.credit(l.get(1), 800_000_000L);
            PayoutPlan plan = rig.desk.plan(0);
            assertTrue(plan.sendable(), plan.blockers().toString());
            // the wallet is drained between review and send
            rig.rpc.setBalance(wallet, ETH.divide(BigInteger.TWO));
            Map<String, Object> before = rig.poolBytes();
            BatchResult result = rig.desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
            assertTrue(result.halted());
            assertTrue(result.lastFail().startsWith("insufficient wallet balance for " + l.get(0)), result.lastFail());
            assertEquals(before, rig.poolBytes());
            assertEquals(BigInteger.ZERO, rig.rpc.balance(l.get(0)));
            // a fresh plan shows the shortfall before anything can be sent
            PayoutPlan shortPlan = rig.desk.plan(0);
            assertTrue(shortPlan.blockers().stream().anyMatch(b -> b.kind() == Blocker.Kind.FUNDS), shortPlan.blockers().toString());
            assertThrows(PaymentException.class, () -> rig.desk.pay(shortPlan, shortPlan.payments(), false, () -> false,
                    BatchListener.NONE));
            assertEquals(before, rig.poolBytes());
        }
    }

    @Test
    void theNodeDyingDuringTheSendHaltsWithTheJournalAndAFreshNodeResolvesIt() {
        LocalAnvil first = LocalAnvil.start();
        List<String> l = EngineRig.logins(3);
        long miners;
        try (EngineRig rig = new EngineRigs(redis, first.rpcUrl()).nodeAccount(LocalAnvil.ACCOUNT_0)) {
            long[] amounts = {900_000_000L, 800_000_000L, 700_000_000L};
            for (int i = 0; i < 3; i++) rig.pool.credit(l.get(i), amounts[i]);
            miners = rig.minersTotal(l);
            PayoutPlan plan = rig.desk.plan(0);
            rig.desk.payer().hook((p, s) -> {
                if (p.login().equals(l.get(1)) && s == PaymentStep.NONCE_JOURNALED) first.kill();
            });
            BatchResult result = rig.desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
            assertTrue(result.halted());
            assertEquals(l.get(1), result.haltedOn());
            assertTrue(result.lastFail().contains("failed after the debit"), result.lastFail());
            assertTrue(result.lastFail().contains("stays pending"), result.lastFail());
            assertEquals(1, result.paid().size());
            assertEquals(1, result.notAttempted());
            String member = l.get(1) + ":800000000";
            assertEquals(List.of(member), List.copyOf(rig.pool.raw.zrange("eth:payments:pending").keySet()));
            assertEquals(Map.of(member, "1"), rig.pool.raw.hgetall("eth:payments:pendingnonce"));
            assertEquals(member, rig.pool.raw.get("eth:payments:lock"));
            assertEquals(miners, rig.minersTotal(l));
        } finally {
            first.close();
        }
        // The node comes back as a fresh chain: the journalled nonce was never used there.
        try (LocalAnvil second = LocalAnvil.start();
             EngineRig rig = new EngineRigs(redis, second.rpcUrl()).nodeAccount(LocalAnvil.ACCOUNT_0)) {
            List<Reconciliation> r = rig.desk.resolve();
            assertEquals(1, r.size());
            assertEquals(Verdict.NOT_SENT, r.getFirst().verdict(), r.getFirst().evidence());
            rig.assertSettled();
            assertEquals(miners, rig.minersTotal(l));
            assertEquals(Map.of("balance", "800000000", "pending", "0"), rig.pool.raw.hgetall("eth:miners:" + l.get(1)));
            assertEquals(Map.of("balance", "700000000"), rig.pool.raw.hgetall("eth:miners:" + l.get(2)));
        }
    }

    @Test
    void aSendTheNodeRejectsHaltsAndResolvesAsNotSent() {
        // The pool account is locked on the node after the review: eth_sendTransaction is refused.
        String locked = "0x" + "dead".repeat(10);
        try (LocalAnvil anvil = LocalAnvil.start();
             EngineRig rig = new EngineRigs(redis, anvil.rpcUrl()).nodeAccount(locked)) {
            rig.rpc.setBalance(locked, ETH.multiply(BigInteger.TEN));
            List<String> l = EngineRig.logins(2);
            rig.pool.credit(l.get(0), 900_000_000L);
            rig.pool.credit(l.get(1), 800_000_000L);
            long miners = rig.minersTotal(l);
            PayoutPlan plan = rig.desk.plan(0);
            assertTrue(plan.blockers().stream().anyMatch(b -> b.kind() == Blocker.Kind.SIGNER), plan.blockers().toString());
            BatchResult result = rig.desk.payer().pay(plan.payments(), false, () -> false, BatchListener.NONE);
            assertTrue(result.halted());
            assertTrue(result.lastFail().contains("rejected eth_sendTransaction"), result.lastFail());
            String member = l.get(0) + ":900000000";
            assertEquals(List.of(member), List.copyOf(rig.pool.raw.zrange("eth:payments:pending").keySet()));
            assertEquals(Map.of(member, "0"), rig.pool.raw.hgetall("eth:payments:pendingnonce"));
            assertFalse(rig.pool.raw.exists("eth:payments:pendingtx"));
            assertEquals(member, rig.pool.raw.get("eth:payments:lock"));
            List<Reconciliation> r = rig.desk.resolve();
            assertEquals(Verdict.NOT_SENT, r.getFirst().verdict(), r.getFirst().evidence());
            rig.assertSettled();
            assertEquals(miners, rig.minersTotal(l));
            assertEquals(BigInteger.ZERO, rig.rpc.balance(l.get(0)));
            assertEquals(BigInteger.ZERO, rig.rpc.balance(l.get(1)));
        }
    }
}
