package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.payoutdesk.testing.EngineRig;

/**
 * A crash after each step of the 2nd payment of a 3-payment batch, with both signers, two ways: an
 * Error thrown from the step hook in this JVM, and a real SIGKILL of another JVM stopped at that step
 * ({@link KilledRun}). Then what {@code resolve --yes} does after a restart, then the next batch:
 * every miner ends up paid exactly once on chain and no Shannon is lost.
 */
class CrashSafetyTest extends EngineCase {
    private static final long[] AMOUNTS = {900_000_000L, 800_000_000L, 700_000_000L};

    @TempDir
    static Path keystores;

    /** How the process dies. */
    enum Crash { THROWN, KILLED }

    static Stream<Arguments> crashes() {
        List<Arguments> out = new ArrayList<>();
        for (Crash how : Crash.values()) {
            for (EngineRig.SignerChoice s : EngineRig.SignerChoice.values()) {
                for (PaymentStep step : PaymentStep.values()) out.add(Arguments.of(how, s, step));
            }
        }
        return out.stream();
    }

    /** What resolve must say about the crashed payment; null when nothing is pending after the crash. */
    private static Verdict expected(EngineRig.SignerChoice s, PaymentStep step) {
        return switch (step) {
            case LOCKED, RECORDED -> null;
            case DEBITED, NONCE_JOURNALED, SIGNED -> Verdict.NOT_SENT;
            // the keystore journals its hash before sending; the node account only after
            case HASH_JOURNALED -> s == EngineRig.SignerChoice.KEYSTORE ? Verdict.NOT_SENT : Verdict.PAID;
            case SENT -> Verdict.PAID;
        };
    }

    @ParameterizedTest(name = "{1} {0} after {2}")
    @MethodSource("crashes")
    void crashThenResolveThenNextBatchPaysEveryMinerExactlyOnce(Crash how, EngineRig.SignerChoice choice, PaymentStep step) {
        Path dir = keystores.resolve(how + "-" + choice + "-" + step);
        try (EngineRig rig = rigs.of(choice, dir)) {
            List<String> logins = EngineRig.logins(3);
            for (int i = 0; i < 3; i++) rig.pool.credit(logins.get(i), AMOUNTS[i]);
            long minersBefore = rig.minersTotal(logins);
            long financesBefore = rig.financesTotal();

            PayoutPlan plan = rig.desk.plan(0);
            assertEquals(logins, plan.payments().stream().map(PlannedPayment::login).toList());
            if (how == Crash.KILLED) {
                KilledRun.killAt(redis, anvil, choice == EngineRig.SignerChoice.KEYSTORE ? dir : null, "batch",
                        logins.get(1), step.name());
            } else {
                rig.desk.payer().hook((p, s) -> {
                    if (p.login().equals(logins.get(1)) && s == step) throw new Error("simulated crash after " + s);
                });
                Error crash = assertThrows(Error.class, () -> rig.desk.pay(plan, plan.payments(), false, () -> false,
                        BatchListener.NONE));
                assertEquals("simulated crash after " + step, crash.getMessage());
            }
            rig.awaitMempoolEmpty();
            assertEquals(EngineRig.wei(AMOUNTS[0]), rig.rpc.balance(logins.get(0)), "the first payment went out");
            assertEquals(minersBefore, rig.minersTotal(logins));
            assertEquals(financesBefore, rig.financesTotal());

            // Restart: the next plan is blocked until the crashed payment is resolved.
            PaymentDesk restarted = rig.restartedDesk();
            PayoutPlan blocked = restarted.plan(0);
            if (step != PaymentStep.RECORDED) {
                assertFalse(blocked.blockers().isEmpty(), "a crash after " + step + " must block the next plan");
            }
            List<Reconciliation> verdicts = restarted.resolve();
            Verdict want = expected(choice, step);
            if (want == null) {
                assertEquals(List.of(), verdicts);
            } else {
                assertEquals(1, verdicts.size(), verdicts.toString());
                Reconciliation r = verdicts.getFirst();
                assertEquals(logins.get(1) + ":" + AMOUNTS[1], r.entry().member());
                assertEquals(want, r.verdict(), r.evidence());
            }
            rig.assertSettled();
            assertEquals(minersBefore, rig.minersTotal(logins));
            assertEquals(financesBefore, rig.financesTotal());
            if (want == Verdict.PAID) {
                String hash = verdicts.getFirst().txHash().orElseThrow();
                assertTrue(rig.pool.raw.zrange("eth:payments:all").containsKey(hash + ":" + logins.get(1) + ":" + AMOUNTS[1]));
            }

            // The next batch pays whoever is still owed, and nobody twice.
            PayoutPlan next = restarted.plan(0);
            assertEquals(List.of(), next.blockers());
            List<String> owed = new ArrayList<>();
            if (want == Verdict.NOT_SENT || step == PaymentStep.LOCKED) owed.add(logins.get(1));
            owed.add(logins.get(2));
            assertEquals(owed, next.payments().stream().map(PlannedPayment::login).toList());
            BatchResult second = restarted.pay(next, next.payments(), false, () -> false, BatchListener.NONE);
            assertFalse(second.halted(), second.lastFail());
            EngineRig.assertConfirmed(restarted, second);
            for (int i = 0; i < 3; i++) {
                assertEquals(EngineRig.wei(AMOUNTS[i]), rig.rpc.balance(logins.get(i)), "paid exactly once: " + logins.get(i));
                Map<String, String> miner = rig.pool.raw.hgetall("eth:miners:" + logins.get(i));
                assertEquals("0", miner.get("balance"));
                assertEquals("0", miner.get("pending"));
                assertEquals(Long.toString(AMOUNTS[i]), miner.get("paid"));
                assertEquals(1, rig.pool.raw.zrange("eth:payments:" + logins.get(i)).size());
            }
            rig.assertSettled();
            assertEquals(minersBefore, rig.minersTotal(logins));
            assertEquals(financesBefore, rig.financesTotal());
            assertEquals(BigInteger.ZERO, rig.rpc.balance(logins.get(2)).subtract(EngineRig.wei(AMOUNTS[2])));
        }
    }
}
