package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.FriendsForkFixture;

/**
 * open-etc-pool-friends' {@code keepNwFees}: the miner receives amount*1e9 - nwTxGas*nwTxGasPrice wei,
 * and the ledger holds what the fork's WritePayment writes for the same payment, member for member.
 */
class FeePassThroughTest extends EngineCase {
    private static final long AMOUNT = 1_234_567_891L;
    private static final BigInteger NW_TX_GAS = BigInteger.valueOf(21_000);
    private static final BigInteger NW_TX_GAS_PRICE = BigInteger.valueOf(50_000_000_000L);

    @Test
    void theMinerReceivesTheAmountLessTheFeeAndTheMembersAreTheForks() {
        try (EngineRig rig = rigs.nodeAccount(EngineRig.POOL)) {
            BigInteger charge = NW_TX_GAS.multiply(NW_TX_GAS_PRICE);
            FeeRules rules = new FeeRules(null, FeeRules.DEFAULT_BUMP_PERCENT, true, charge);
            PaymentDesk desk = new PaymentDesk(rig.ledger, rig.node, rig.signer, rig.desk.settings(), Duration.ofMillis(100), rules);
            String login = EngineRig.freshLogin();
            rig.pool.credit(login, AMOUNT);
            PayoutPlan plan = desk.plan(0);
            assertEquals(EngineRig.wei(AMOUNT).subtract(charge), plan.receivesWei(plan.payments().getFirst()));
            BatchResult r = desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
            assertFalse(r.halted(), r.lastFail());
            EngineRig.assertConfirmed(desk, r);
            String hash = r.paid().getFirst().txHash();
            assertEquals(EngineRig.wei(AMOUNT).subtract(charge), rig.rpc.balance(login), "on-chain value");

            // The fork's own WritePayment for the same payment, on a twin ledger under another coin.
            FriendsForkFixture fork = new FriendsForkFixture(rig.pool.raw, "twin");
            fork.credit(login, AMOUNT);
            fork.updateBalance(login, AMOUNT);
            fork.writePayment(login, hash, AMOUNT, charge.longValueExact());
            assertEquals(withoutScores(rig.pool.raw.dump("twin:")), withoutScores(rig.pool.raw.dump("eth:")),
                    "same keys, members and fields as the fork writes");
            assertEquals(List.of(hash + ":" + login + ":" + AMOUNT + ":" + charge), List.copyOf(rig.pool.raw.zrange("eth:payments:all").keySet()));
            assertEquals(charge.toString(), rig.pool.raw.hgetall("eth:finances").get("txcharges"));
            assertTrue(rig.ledger.audit().clean(), () -> "ledger audit: " + rig.ledger.audit().violations());
        }
    }

    /** Sorted sets compared by their members (scores are the second each was written in). */
    private static Map<String, Object> withoutScores(Map<String, Object> dump) {
        Map<String, Object> out = new TreeMap<>();
        dump.forEach((k, v) -> {
            if (k.startsWith("desk:")) return;
            out.put(k, k.startsWith("payments:") && v instanceof Map<?, ?> m ? new ArrayList<>(m.keySet()) : v);
        });
        return out;
    }
}
