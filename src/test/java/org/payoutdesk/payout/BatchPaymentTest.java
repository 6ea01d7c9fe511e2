package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.payoutdesk.chain.SignerKind;
import org.payoutdesk.ledger.AuditReport;
import org.payoutdesk.ledger.Violation;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.GoPoolFixture;
import org.payoutdesk.testing.TestKeystores;

/** A whole batch on a real anvil and a real Redis, checked against what the Go pool would leave. */
class BatchPaymentTest extends EngineCase {
    /** Twelve miners as the unlocker leaves them; returns login -> the amount a batch must pay (absent: nothing). */
    static Map<String, Long> seedTwelve(GoPoolFixture f, List<String> l) {
        long[] balances = {500_000_001L, 1_234_567_891L, 2_000_000_000L, 750_000_000L, 987_654_321L,
                3_141_592_653L, 600_000_000L, 500_000_000L, 100_000_000L, 200_000_000L, 300_000_000L};
        for (int i = 0; i < balances.length; i++) f.credit(l.get(i), balances[i]);
        f.minerField(l.get(6), "paid", "42000000000");         // a miner paid before
        f.financesField("paid", "42000000000");
        f.minerField(l.get(3), "immature", "123456");
        f.financesField("totalMined", "99000000000");
        f.threshold(l.get(9), "100000000");                     // own threshold below the global one
        f.threshold(l.get(10), "5");                            // <= 10: the global one applies
        f.minerField(l.get(11), "balance", "12abc");            // malformed: held, never paid
        Map<String, Long> expect = new LinkedHashMap<>();
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 6, 9}) expect.put(l.get(i), balances[i]);
        return expect;
    }

    @Test
    void nodeAccountLegacyBatchPaysExactlyThePlanAndLeavesTheGoPoolsLedger() {
        try (EngineRig rig = rigs.nodeAccount(LocalAnvil.ACCOUNT_0)) {
            fullBatch(rig);
        }
    }

    @Test
    void keystoreEip1559BatchPaysExactlyThePlanAndLeavesTheGoPoolsLedger(@TempDir Path dir) {
        try (EngineRig rig = rigs.keystore(TestKeystores.of(LocalAnvil.ACCOUNT_0_KEY, dir),
                PayoutSettings.FeeMode.EIP1559)) {
            assertEquals(SignerKind.KEYSTORE, rig.signer.kind());
            List<PaidPayment> paid = fullBatch(rig);
            // EIP-1559 transactions (type 2), nonces consecutive
            for (PaidPayment p : paid) assertEquals("0x2", rig.rpc.txType(p.txHash()), p.txHash());
            for (int i = 1; i < paid.size(); i++) assertEquals(paid.get(i - 1).nonce() + 1, paid.get(i).nonce());
        }
    }

    private List<PaidPayment> fullBatch(EngineRig rig) {
        List<String> logins = EngineRig.logins(12);
        Map<String, Long> expect = seedTwelve(rig.pool, logins);
        try (GoPoolFixture ref = new GoPoolFixture(rigs.redis(), "ref")) {
            seedTwelve(ref, logins);
            AuditReport before = rig.ledger.audit();
            assertEquals(1, before.violations().size(), () -> "only the malformed row: " + before.violations());
            assertTrue(before.violations().getFirst().detail().contains(logins.get(11)), before.violations().toString());
            BigInteger walletBefore = rig.rpc.balance(rig.poolAddress);

            PayoutPlan plan = rig.desk.plan(0);
            assertEquals(List.of(), plan.blockers());
            Map<String, Long> planned = new HashMap<>();
            for (PlannedPayment p : plan.payments()) planned.put(p.login(), p.amount());
            assertEquals(new HashMap<>(expect), planned);
            assertTrue(plan.payments().stream().filter(p -> p.login().equals(logins.get(9))).findFirst().orElseThrow()
                    .perMinerThreshold());
            assertEquals(List.of(logins.get(11)), plan.held().stream().map(HeldPayment::login).toList());
            assertTrue(plan.held().getFirst().reason().contains("12abc"), plan.held().getFirst().reason());

            long t0 = Instant.now().getEpochSecond();
            AtomicInteger paidEvents = new AtomicInteger();
            BatchResult result = rig.desk.pay(plan, plan.payments(), false, () -> false, new BatchListener() {
                @Override
                public void paid(int done, int total, PaidPayment payment) {
                    paidEvents.incrementAndGet();
                }
            });
            long t1 = Instant.now().getEpochSecond();
            assertFalse(result.halted(), result.lastFail());
            assertEquals(8, result.paid().size());
            assertEquals(8, paidEvents.get());
            assertEquals(expect.values().stream().mapToLong(Long::longValue).sum(), result.paidShannon());
            EngineRig.assertConfirmed(rig.desk, result);

            // On chain: every planned miner received exactly its amount in wei; nobody else got anything.
            for (String l : logins) {
                BigInteger want = expect.containsKey(l) ? EngineRig.wei(expect.get(l)) : BigInteger.ZERO;
                assertEquals(want, rig.rpc.balance(l), "on-chain balance of " + l);
            }
            for (ReceiptCheck c : rig.desk.followReceipts(result.paid(), java.time.Duration.ofSeconds(10),
                    java.time.Duration.ofMillis(100))) {
                assertEquals(ReceiptCheck.Status.CONFIRMED, c.status(), c.toString());
            }
            BigInteger spent = walletBefore.subtract(rig.rpc.balance(rig.poolAddress));
            assertTrue(spent.compareTo(EngineRig.wei(result.paidShannon())) > 0, "the wallet paid the amounts plus gas");

            // In Redis: what the Go pool's LockPayouts, UpdateBalance, WritePayment would have left.
            for (PaidPayment p : result.paid()) {
                assertTrue(ref.lockPayouts(p.login(), p.amount()));
                ref.updateBalance(p.login(), p.amount(), t0);
                ref.writePayment(p.login(), p.txHash(), p.amount(), t0);
            }
            assertEquals(normalised(ref.raw.dump("ref:"), t0, t1), normalised(rig.pool.raw.dump("eth:"), t0, t1));
            for (PaidPayment p : result.paid()) {
                String amount = Long.toString(p.amount());
                assertTrue(rig.pool.raw.zrange("eth:payments:all").containsKey(p.txHash() + ":" + p.login() + ":" + amount));
                assertEquals(List.of(p.txHash() + ":" + amount),
                        List.copyOf(rig.pool.raw.zrange("eth:payments:" + p.login()).keySet()));
                Map<String, String> miner = rig.pool.raw.hgetall("eth:miners:" + p.login());
                assertEquals("0", miner.get("balance"));
                assertEquals("0", miner.get("pending"));
            }
            assertEquals("42600000000", rig.pool.raw.hgetall("eth:miners:" + logins.get(6)).get("paid"));
            assertEquals(before.violations().stream().map(Violation::invariant).toList(),
                    rig.ledger.audit().violations().stream().map(Violation::invariant).toList());
            assertFalse(rig.pool.raw.exists("eth:payments:lock"));
            assertEquals(Map.of(), rig.pool.raw.zrange("eth:payments:pending"));
            assertFalse(rig.pool.raw.exists("eth:payments:pendingnonce"));
            assertFalse(rig.pool.raw.exists("eth:payments:pendingtx"));
            // the audit stream says who paid what
            assertEquals("pay", rig.ledger.auditTrail(1).getFirst().get("action"));
            return result.paid();
        }
    }

    /** Drops our audit stream and replaces each sorted-set score by "now" after checking it lies in [t0, t1]. */
    private static Map<String, Object> normalised(Map<String, Object> dump, long t0, long t1) {
        Map<String, Object> out = new TreeMap<>();
        for (Map.Entry<String, Object> e : dump.entrySet()) {
            if (e.getKey().equals("desk:audit")) continue;
            Object v = e.getValue();
            if (e.getKey().startsWith("payments:") && v instanceof Map<?, ?> m && !e.getKey().startsWith("payments:pending")) {
                Map<String, String> scores = new TreeMap<>();
                for (Map.Entry<?, ?> s : m.entrySet()) {
                    long score = Long.parseLong((String) s.getValue());
                    assertTrue(score >= t0 && score <= t1, e.getKey() + " score " + score + " outside " + t0 + ".." + t1);
                    scores.put((String) s.getKey(), "now");
                }
                v = scores;
            }
            out.put(e.getKey(), v);
        }
        return out;
    }

    @Test
    void stopAfterTheFirstPaymentPaysExactlyOneAndLeavesNothingPending() {
        try (EngineRig rig = rigs.nodeAccount(LocalAnvil.ACCOUNT_0)) {
            List<String> logins = EngineRig.logins(4);
            long[] amounts = {900_000_000L, 800_000_000L, 700_000_000L, 600_000_000L};
            for (int i = 0; i < 4; i++) rig.pool.credit(logins.get(i), amounts[i]);
            PayoutPlan plan = rig.desk.plan(0);
            AtomicInteger paid = new AtomicInteger();
            List<String> logs = new ArrayList<>();
            BatchResult result = rig.desk.pay(plan, plan.payments(), false, () -> paid.get() >= 1, new BatchListener() {
                @Override
                public void paid(int done, int total, PaidPayment payment) {
                    paid.set(done);
                }

                @Override
                public void log(String line) {
                    logs.add(line);
                }
            });
            assertTrue(result.stopped());
            assertFalse(result.halted());
            assertEquals(1, result.paid().size());
            assertEquals(3, result.notAttempted());
            EngineRig.assertConfirmed(rig.desk, result);
            assertEquals(logins.get(0), result.paid().getFirst().login()); // biggest first
            assertEquals(EngineRig.wei(900_000_000L), rig.rpc.balance(logins.get(0)));
            for (int i = 1; i < 4; i++) {
                assertEquals(BigInteger.ZERO, rig.rpc.balance(logins.get(i)));
                assertEquals(Long.toString(amounts[i]), rig.pool.raw.hgetall("eth:miners:" + logins.get(i)).get("balance"));
            }
            rig.assertSettled();
            assertTrue(logs.stream().anyMatch(s -> s.contains("Stopped")), logs.toString());
        }
    }
}
