package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.payoutdesk.testing.EngineRig;

/** {@code desk.gasCeiling}: above it the plan is deferred and nothing is sent; below it the batch pays. */
class GasCeilingTest extends EngineCase {
    private static final long AMOUNT = 700_000_000L;

    private static PaymentDesk withCeiling(EngineRig rig, BigInteger ceiling) {
        return new PaymentDesk(rig.ledger, rig.node, rig.signer, rig.desk.settings(), Duration.ofMillis(100),
                new FeeRules(ceiling, FeeRules.DEFAULT_BUMP_PERCENT, false, BigInteger.ZERO));
    }

    @Test
    void aboveTheCeilingThePlanIsDeferredAndPaySendsNothing() {
        try (EngineRig rig = rigs.nodeAccount(EngineRig.POOL)) {
            String login = EngineRig.freshLogin();
            rig.pool.credit(login, AMOUNT);
            BigInteger base = rig.node.baseFee().orElseThrow();
            PaymentDesk desk = withCeiling(rig, base.subtract(BigInteger.ONE));
            PayoutPlan plan = desk.plan(0);
            assertEquals(base, plan.node().baseFeeWei());
            assertEquals(List.of(Blocker.Kind.GAS_CEILING), plan.blockers().stream().map(Blocker::kind).toList());
            assertEquals("base fee " + FeeBump.gwei(base) + " gwei is above the ceiling " + FeeBump.gwei(base.subtract(BigInteger.ONE))
                    + " gwei: payouts deferred", plan.blockers().getFirst().message());
            assertTrue(plan.deferred());
            long nonce = rig.rpc.nonce(rig.poolAddress, "pending");
            assertThrows(PaymentException.class, () -> desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE));
            assertEquals(nonce, rig.rpc.nonce(rig.poolAddress, "pending"), "nothing sent");
            assertEquals(Long.toString(AMOUNT), rig.miner(login).get("balance"));
        }
    }

    @Test
    void belowTheCeilingTheBatchPays() {
        try (EngineRig rig = rigs.nodeAccount(EngineRig.POOL)) {
            String login = EngineRig.freshLogin();
            rig.pool.credit(login, AMOUNT);
            BigInteger base = rig.node.baseFee().orElseThrow();
            PaymentDesk desk = withCeiling(rig, base);
            PayoutPlan plan = desk.plan(0);
            assertEquals(List.of(), plan.blockers());
            assertFalse(plan.deferred());
            BatchResult r = desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
            assertFalse(r.halted(), r.lastFail());
            EngineRig.assertConfirmed(desk, r);
            assertEquals(EngineRig.wei(AMOUNT), rig.rpc.balance(login));
        }
    }
}
