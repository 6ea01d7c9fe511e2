package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.payoutdesk.ledger.TxAttempt;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.EtcLabsResolver;

/**
 * A crash after journalling a speed-up or cancel and before sending it, and after sending it, two ways
 * as in {@link CrashSafetyTest}: an Error from the step hook, and a real SIGKILL of another JVM stopped
 * at that step ({@link KilledRun}); then a restart mines and resolves. The fork's
 * resolver, run at every step, never touches the payment (it is recorded before it is replaced).
 */
class ReplacementCrashTest extends StuckCase {

    static Stream<Arguments> crashes() {
        List<Arguments> out = new ArrayList<>();
        for (CrashSafetyTest.Crash how : CrashSafetyTest.Crash.values()) {
            for (EngineRig.SignerChoice s : EngineRig.SignerChoice.values()) {
                for (Replacement.Kind k : Replacement.Kind.values()) {
                    for (Replacements.Step step : List.of(Replacements.Step.JOURNALLED, Replacements.Step.SENT)) {
                        out.add(Arguments.of(how, s, k, step));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} {2} {0} after {3}")
    @MethodSource("crashes")
    void crashThenMineThenResolve(CrashSafetyTest.Crash how, EngineRig.SignerChoice choice, Replacement.Kind kind,
                                  Replacements.Step step) {
        try (EngineRig rig = rig(choice)) {
            PaidPayment paid = payUnmined(rig, rig.desk);
            String member = paid.login() + ":" + AMOUNT;
            EtcLabsResolver fork = new EtcLabsResolver(rig.pool, rig.rpc, rig.poolAddress);
            List<String> forkDid = new ArrayList<>(fork.run());
            Replacement r = rig.desk.replacements().preview(paid.txHash(), kind, null);
            if (how == CrashSafetyTest.Crash.KILLED) {
                KilledRun.killAt(redis, anvil, choice == EngineRig.SignerChoice.KEYSTORE ? keystores.resolve(choice.name()) : null,
                        kind.name(), paid.txHash(), step.name());
                forkDid.addAll(fork.run());
            } else {
                rig.desk.replacements().hook((m, s) -> {
                    forkDid.addAll(fork.run());
                    if (s == step) throw new Error("simulated crash after " + s);
                });
                assertThrows(Error.class, () -> rig.desk.replacements().send(r));
            }
            List<TxAttempt> journal = rig.ledger.attempts(member);
            assertEquals(List.of(TxAttempt.ORIGINAL, r.attemptKind()), journal.stream().map(TxAttempt::kind).toList(),
                    "journalled before it was sent");

            PaymentDesk restarted = rig.restartedDesk();
            if (step == Replacements.Step.JOURNALLED) {
                assertEquals(1, restarted.replacements().find().size(), "still stuck after the crash");
            }
            rig.rpc.mine();
            forkDid.addAll(fork.run());
            List<AttemptOutcome> settled = restarted.replacements().settle();
            assertEquals(List.of(), forkDid, "the fork's resolver never sees the payment");
            AttemptOutcome.Result want = step == Replacements.Step.JOURNALLED ? AttemptOutcome.Result.ORIGINAL_MINED
                    : kind == Replacement.Kind.SPEEDUP ? AttemptOutcome.Result.REWRITTEN : AttemptOutcome.Result.CREDITED_BACK;
            assertEquals(List.of(want), settled.stream().map(AttemptOutcome::result).toList(), settled.toString());
            Map<String, String> miner = rig.miner(paid.login());
            if (want == AttemptOutcome.Result.CREDITED_BACK) {
                assertEquals(BigInteger.ZERO, rig.rpc.balance(paid.login()));
                assertEquals(Long.toString(AMOUNT), miner.get("balance"));
                assertEquals("0", miner.get("paid"));
            } else {
                assertEquals(EngineRig.wei(AMOUNT), rig.rpc.balance(paid.login()), "paid exactly once");
                assertEquals(Long.toString(AMOUNT), miner.get("paid"));
                String mined = settled.getFirst().minedHash();
                assertEquals("0x1", rig.rpc.receiptStatus(mined));
                assertEquals(List.of(mined + ":" + paid.login() + ":" + AMOUNT), members(rig, "eth:payments:all"));
            }
            assertEquals(List.of(), restarted.replacements().settle(), "settled once");
            rig.assertSettled();
        }
    }
}
