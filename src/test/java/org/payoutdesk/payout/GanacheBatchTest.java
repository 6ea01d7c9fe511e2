package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.payoutdesk.sandbox.LocalGanache;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.EngineRigs;
import org.payoutdesk.testing.RedisExtension;

/** The happy path against a second node implementation (ganache: chain id 1337, net_peerCount 0). */
@ExtendWith(RedisExtension.class)
class GanacheBatchTest {
    private static LocalGanache ganache;

    @BeforeAll
    static void start() {
        ganache = LocalGanache.start();
    }

    @AfterAll
    static void stop() {
        if (ganache != null) ganache.close();
    }

    @Test
    void aBatchOnGanachePaysExactlyAndSettlesTheLedger(LocalRedis redis) {
        try (EngineRig rig = new EngineRigs(redis, ganache.rpcUrl()).nodeAccount(LocalGanache.ACCOUNT_0)) {
            List<String> l = EngineRig.logins(4);
            long[] amounts = {1_500_000_000L, 900_000_007L, 500_000_001L, 400_000_000L};
            for (int i = 0; i < 4; i++) rig.pool.credit(l.get(i), amounts[i]);
            PayoutPlan plan = rig.desk.plan(0);
            assertEquals(List.of(), plan.blockers());
            assertEquals(LocalGanache.CHAIN_ID, plan.node().chainId());
            assertEquals(0L, plan.node().peers().getAsLong());
            assertEquals(l.subList(0, 3), plan.payments().stream().map(PlannedPayment::login).toList());
            BatchResult result = rig.desk.pay(plan, plan.payments(), true, () -> false, BatchListener.NONE);
            assertFalse(result.halted(), result.lastFail());
            EngineRig.assertConfirmed(rig.desk, result);
            for (int i = 0; i < 4; i++) {
                assertEquals(i < 3 ? EngineRig.wei(amounts[i]) : java.math.BigInteger.ZERO, rig.rpc.balance(l.get(i)));
            }
            for (PaidPayment p : result.paid()) {
                assertEquals(List.of(p.txHash() + ":" + p.amount()),
                        List.copyOf(rig.pool.raw.zrange("eth:payments:" + p.login()).keySet()));
            }
            rig.assertSettled();
        }
    }
}
