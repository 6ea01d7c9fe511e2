package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.EtcLabsResolver;

/**
 * A batch that crashed after sending, before recording, leaves a pending entry IN_MEMPOOL: {@code stuck}
 * lists it, a speed-up or cancel records it first, and the fork's resolver run at every step (on a fresh
 * view of the same Redis and chain) never pays twice nor records the cancelled payment as paid.
 */
class PendingReplacementTest extends StuckCase {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (EngineRig.SignerChoice s : EngineRig.SignerChoice.values()) {
            for (Replacement.Kind k : Replacement.Kind.values()) out.add(Arguments.of(s, k));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void pendingInMempoolIsRecordedThenReplaced(EngineRig.SignerChoice choice, Replacement.Kind kind) {
        try (EngineRig rig = rig(choice)) {
            String login = EngineRig.freshLogin();
            rig.pool.credit(login, AMOUNT);
            rig.rpc.mine();
            pauseMining(rig);
            PayoutPlan plan = rig.desk.plan(0);
            rig.desk.payer().hook((p, s) -> {
                if (s == PaymentStep.SENT) throw new Error("simulated crash after SENT");
            });
            assertThrows(Error.class, () -> rig.desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE));
            PaymentDesk desk = rig.restartedDesk();
            EtcLabsResolver fork = new EtcLabsResolver(rig.pool, rig.rpc, rig.poolAddress);
            assertEquals(List.of("left " + login + ":" + AMOUNT + " (in the mempool)"), fork.run());

            List<StuckPayment> stuck = desk.replacements().find();
            assertEquals(1, stuck.size(), stuck.toString());
            assertEquals(StuckPayment.Source.PENDING, stuck.getFirst().source());
            String original = stuck.getFirst().txHash();
            Replacement r = desk.replacements().preview(original, kind, null);
            List<String> forkDid = new ArrayList<>();
            desk.replacements().hook((m, s) -> forkDid.addAll(fork.run()));
            String sent = desk.replacements().send(r);
            assertEquals(Map.of(), rig.pending(), "recorded before it was replaced");
            rig.rpc.mine();
            forkDid.addAll(fork.run());
            assertEquals(List.of(), forkDid, "nothing pending for the fork to resolve at any step");
            desk.resolve();
            Map<String, String> miner = rig.miner(login);
            if (kind == Replacement.Kind.SPEEDUP) {
                assertEquals(EngineRig.wei(AMOUNT), rig.rpc.balance(login), "paid once");
                assertEquals(List.of(sent + ":" + login + ":" + AMOUNT), members(rig, "eth:payments:all"));
                assertEquals(Long.toString(AMOUNT), miner.get("paid"));
            } else {
                assertEquals(BigInteger.ZERO, rig.rpc.balance(login));
                assertEquals(Long.toString(AMOUNT), miner.get("balance"));
                assertEquals("0", miner.get("paid"));
                assertTrue(members(rig, "eth:payments:all").isEmpty());
            }
            rig.assertSettled();
        }
    }

}
