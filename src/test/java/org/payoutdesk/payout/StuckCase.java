package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.payoutdesk.testing.ChainRpc;
import org.payoutdesk.testing.EngineRig;

/** Stuck payments on anvil: a batch paid while mining is paused leaves its transactions in the mempool. */
abstract class StuckCase extends EngineCase {
    static final long AMOUNT = 900_000_000L;

    @TempDir
    Path keystores;

    private ChainRpc paused;

    /** Leaves the class's anvil mining again with an empty mempool. */
    @AfterEach
    void mineAgain() {
        if (paused == null) return;
        paused.call("anvil_dropAllTransactions");
        paused.automine(true);
    }

    EngineRig rig(EngineRig.SignerChoice choice) {
        return rigs.of(choice, keystores.resolve(choice.name()));
    }

    /** Pays one fresh miner with mining paused: the payment is recorded, its transaction not mined. */
    PaidPayment payUnmined(EngineRig rig, PaymentDesk desk) {
        String login = EngineRig.freshLogin();
        rig.pool.credit(login, AMOUNT);
        rig.rpc.mine();
        pauseMining(rig);
        PayoutPlan plan = desk.plan(0);
        BatchResult r = desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
        assertFalse(r.halted(), r.lastFail());
        assertEquals(1, r.paid().size());
        return r.paid().getFirst();
    }

    /** Stops anvil mining until the test ends. */
    void pauseMining(EngineRig rig) {
        paused = rig.rpc;
        rig.rpc.automine(false);
    }

    static List<String> members(EngineRig rig, String key) {
        return List.copyOf(rig.pool.raw.zrange(key).keySet());
    }
}
