package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.GoPoolFixture;
import org.payoutdesk.testing.TestKeystores;

/** Verdicts on pending entries left by the Go pool, the etclabscore fork and our own crashes. */
class ReconcileTest extends EngineCase {
    /** Runtime code PUSH1 0 PUSH1 0 REVERT: every call to it fails. */
    private static final String REVERTING_CODE = "0x60006000fd";

    @TempDir
    static Path keystores;

    private static Map<String, Reconciliation> byMember(List<Reconciliation> rs) {
        return rs.stream().collect(Collectors.toMap(r -> r.entry().member(), Function.identity()));
    }

    @Test
    void legacyAndEtclabscoreEntriesResolveFromTheChain() {
        try (EngineRig rig = rigs.nodeAccount(LocalAnvil.ACCOUNT_0)) {
            GoPoolFixture f = rig.pool;
            String pool = rig.poolAddress;
            List<String> l = EngineRig.logins(5);
            String a = l.get(0), b = l.get(1), c = l.get(2), d = l.get(3), e = l.get(4);
            long now = Instant.now().getEpochSecond();
            for (String login : l) f.credit(login, 2_000_000_000L);
            // e was paid 600000000 before (recorded), and has a new legacy entry of the same amount that never went out
            assertTrue(f.lockPayouts(e, 600_000_000L));
            f.updateBalance(e, 600_000_000L, now - 60);
            String earlier = rig.rpc.transfer(pool, e, EngineRig.wei(600_000_000L));
            f.writePayment(e, earlier, 600_000_000L, now - 60);
            f.updateBalance(e, 600_000_000L, now);
            // a: the Go pool debited and its eth_sendTransaction went out, then it died (no journal)
            assertTrue(f.lockPayouts(a, 700_000_000L));
            f.updateBalance(a, 700_000_000L, now);
            String sentA = rig.rpc.transfer(pool, a, EngineRig.wei(700_000_000L));
            // b: the Go pool debited, the send never happened
            f.updateBalance(b, 800_000_000L, now);
            // c: the etclabscore fork journalled the nonce, and the transfer used it
            long nonceC = rig.rpc.nonce(pool, "pending");
            f.updateBalance(c, 900_000_000L, now);
            f.journal(c, 900_000_000L, nonceC, null);
            String sentC = rig.rpc.transfer(pool, c, EngineRig.wei(900_000_000L));
            // d: the fork journalled a nonce nobody ever used
            f.updateBalance(d, 1_000_000_000L, now);
            f.journal(d, 1_000_000_000L, rig.rpc.nonce(pool, "pending") + 50, null);
            rig.awaitMempoolEmpty();
            long miners = rig.minersTotal(l);
            long finances = rig.financesTotal();

            Map<String, Reconciliation> v = byMember(rig.desk.reconcile());
            assertEquals(5, v.size());
            Reconciliation ra = v.get(a + ":700000000");
            assertEquals(Verdict.PAID, ra.verdict(), ra.evidence());
            assertEquals(sentA, ra.txHash().orElseThrow());
            Reconciliation rb = v.get(b + ":800000000");
            assertEquals(Verdict.NOT_SENT, rb.verdict(), rb.evidence());
            Reconciliation rc = v.get(c + ":900000000");
            assertEquals(Verdict.PAID, rc.verdict(), rc.evidence());
            assertEquals(sentC, rc.txHash().orElseThrow());
            assertEquals(nonceC, rc.nonce().getAsLong());
            Reconciliation rd = v.get(d + ":1000000000");
            assertEquals(Verdict.NOT_SENT, rd.verdict(), rd.evidence());
            Reconciliation re = v.get(e + ":600000000");
            assertEquals(Verdict.NOT_SENT, re.verdict(), "an already recorded transfer is not evidence: " + re.evidence());

            rig.desk.resolve();
            rig.assertSettled();
            assertEquals(miners, rig.minersTotal(l));
            assertEquals(finances, rig.financesTotal());
            Map<String, String> all = rig.pool.raw.zrange("eth:payments:all");
            assertTrue(all.containsKey(sentA + ":" + a + ":700000000"), all.toString());
            assertTrue(all.containsKey(sentC + ":" + c + ":900000000"), all.toString());
            assertEquals(List.of(sentA + ":700000000"), List.copyOf(f.raw.zrange("eth:payments:" + a).keySet()));
            assertEquals(Map.of("balance", "1300000000", "pending", "0", "paid", "700000000"), f.raw.hgetall("eth:miners:" + a));
            assertEquals(Map.of("balance", "2000000000", "pending", "0"), f.raw.hgetall("eth:miners:" + b));
            assertEquals(Map.of("balance", "1100000000", "pending", "0", "paid", "900000000"), f.raw.hgetall("eth:miners:" + c));
            assertEquals(Map.of("balance", "2000000000", "pending", "0"), f.raw.hgetall("eth:miners:" + d));
            assertEquals(Map.of("balance", "1400000000", "pending", "0", "paid", "600000000"), f.raw.hgetall("eth:miners:" + e));
            assertEquals(BigInteger.ZERO, rig.rpc.balance(b));
            assertEquals(EngineRig.wei(600_000_000L), rig.rpc.balance(e));
        }
    }

    @ParameterizedTest
    @EnumSource(EngineRig.SignerChoice.class)
    void aSentButUnminedTransferIsInMempoolUntilMined(EngineRig.SignerChoice choice) {
        try (EngineRig rig = rigs.of(choice, keystores.resolve("mempool-" + choice))) {
            String m = EngineRig.logins(1).getFirst();
            rig.pool.credit(m, 750_000_000L);
            PayoutPlan plan = rig.desk.plan(0);
            rig.rpc.automine(false);
            try {
                rig.desk.payer().hook((p, s) -> {
                    if (s == PaymentStep.SENT) throw new Error("crash");
                });
                assertThrows(Error.class, () -> rig.desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE));
                PaymentDesk restarted = rig.restartedDesk();
                List<Reconciliation> first = restarted.resolve();
                assertEquals(1, first.size());
                assertEquals(Verdict.IN_MEMPOOL, first.getFirst().verdict(), first.getFirst().evidence());
                // left as it is: still pending, still locked, nothing credited back
                assertEquals(List.of(m + ":750000000"), List.copyOf(rig.pool.raw.zrange("eth:payments:pending").keySet()));
                assertEquals(m + ":750000000", rig.pool.raw.get("eth:payments:lock"));
                assertThrows(PaymentException.class, () -> restarted.rollback(m + ":750000000", false));
                rig.rpc.mine();
                List<Reconciliation> second = restarted.resolve();
                assertEquals(Verdict.PAID, second.getFirst().verdict(), second.getFirst().evidence());
            } finally {
                rig.rpc.automine(true);
            }
            rig.assertSettled();
            assertEquals(EngineRig.wei(750_000_000L), rig.rpc.balance(m));
            assertEquals("750000000", rig.pool.raw.hgetall("eth:miners:" + m).get("paid"));
        }
    }

    @Test
    void aRevertedTransferIsRolledBackAndARecordedOneCreditedBack() {
        try (EngineRig rig = rigs.keystore(TestKeystores.of(LocalAnvil.ACCOUNT_0_KEY, keystores.resolve("revert")), PayoutSettings.FeeMode.LEGACY)) {
            List<String> l = EngineRig.logins(2);
            String crashed = l.get(0), recorded = l.get(1);
            for (String c : l) rig.rpc.setCode(c, REVERTING_CODE); // miners whose login is a contract that refuses ETH
            rig.pool.credit(crashed, 650_000_000L);
            rig.pool.credit(recorded, 640_000_000L);
            long miners = rig.minersTotal(l);
            PayoutPlan plan = rig.desk.plan(0);
            assertEquals(l, plan.payments().stream().map(PlannedPayment::login).toList());
            rig.desk.payer().hook((p, s) -> {
                if (p.login().equals(crashed) && s == PaymentStep.SENT) throw new Error("crash");
            });
            assertThrows(Error.class, () -> rig.desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE));
            rig.awaitMempoolEmpty();
            PaymentDesk restarted = rig.restartedDesk();
            List<Reconciliation> r = restarted.resolve();
            assertEquals(Verdict.REVERTED, r.getFirst().verdict(), r.getFirst().evidence());
            rig.assertSettled();
            assertEquals(Map.of("balance", "650000000", "pending", "0"), rig.pool.raw.hgetall("eth:miners:" + crashed));
            assertEquals(BigInteger.ZERO, rig.rpc.balance(crashed));

            // paid and recorded, then its receipt says reverted: one-click credit-back
            PayoutPlan next = restarted.plan(0);
            PayoutPlan onlyRecorded = next;
            List<PlannedPayment> one = next.payments().stream().filter(p -> p.login().equals(recorded)).toList();
            BatchResult result = restarted.pay(onlyRecorded, one, false, () -> false, BatchListener.NONE);
            assertEquals(1, result.paid().size());
            List<ReceiptCheck> checks = restarted.followReceipts(result.paid(), Duration.ofSeconds(10), Duration.ofMillis(50));
            assertEquals(ReceiptCheck.Status.REVERTED, checks.getFirst().status());
            String hash = result.paid().getFirst().txHash();
            assertThrows(PaymentException.class, () -> restarted.creditBack(recorded, "0x" + "1".repeat(64), 640_000_000L));
            restarted.creditBack(recorded, hash, 640_000_000L);
            assertEquals(Map.of("balance", "640000000", "pending", "0", "paid", "0"), rig.pool.raw.hgetall("eth:miners:" + recorded));
            assertFalse(rig.pool.raw.zrange("eth:payments:all").keySet().stream().anyMatch(k -> k.startsWith(hash)));
            assertEquals("credit-back", rig.ledger.auditTrail(1).getFirst().get("action"));
            rig.assertSettled();
            assertEquals(miners, rig.minersTotal(l));
        }
    }

    @Test
    void approveAcceptsOnlyTheRightHashAndRollbackOfPaidIsRefusedEvenForced() {
        try (EngineRig rig = rigs.nodeAccount(LocalAnvil.ACCOUNT_0)) {
            GoPoolFixture f = rig.pool;
            String pool = rig.poolAddress;
            List<String> l = EngineRig.logins(3);
            String miner = l.get(0), other = l.get(1), forced = l.get(2);
            long amount = 700_000_000L;
            long now = Instant.now().getEpochSecond();
            f.credit(miner, 2 * amount);
            f.credit(forced, amount);
            // an earlier payment of the same amount, recorded
            String earlier = rig.rpc.transfer(pool, miner, EngineRig.wei(amount));
            assertTrue(f.lockPayouts(miner, amount));
            f.updateBalance(miner, amount, now - 30);
            f.writePayment(miner, earlier, amount, now - 30);
            // the stuck one
            assertTrue(f.lockPayouts(miner, amount));
            f.updateBalance(miner, amount, now);
            String right = rig.rpc.transfer(pool, miner, EngineRig.wei(amount));
            String toOther = rig.rpc.transfer(pool, other, EngineRig.wei(amount));
            String otherValue = rig.rpc.transfer(pool, miner, EngineRig.wei(amount - 1));
            String member = miner + ":" + amount;
            rig.awaitMempoolEmpty();

            Map<String, Object> before = rig.poolBytes();
            for (String wrong : List.of(toOther, otherValue, earlier, "0x" + "2".repeat(64), "not-a-hash")) {
                PaymentException refused = assertThrows(PaymentException.class, () -> rig.desk.approve(member, wrong));
                assertFalse(refused.getMessage().isBlank());
                assertEquals(before, rig.poolBytes(), "approve with " + wrong + " wrote something");
            }
            rig.desk.approve(member, right.toUpperCase().replace("0X", "0x"));
            assertTrue(f.raw.zrange("eth:payments:all").containsKey(right + ":" + member));
            assertEquals(Map.of("balance", "0", "pending", "0", "paid", Long.toString(2 * amount)),
                    f.raw.hgetall("eth:miners:" + miner));
            assertFalse(f.raw.exists("eth:payments:lock"));
            Map<String, String> audit = rig.ledger.auditTrail(1).getFirst();
            assertEquals("approve", audit.get("action"));
            assertEquals(right, audit.get("txHash"));

            // a PAID legacy entry: rollback refused, even forced (the transfer is on chain; approve it instead)
            assertTrue(f.lockPayouts(forced, amount));
            f.updateBalance(forced, amount, Instant.now().getEpochSecond());
            String paidTx = rig.rpc.transfer(pool, forced, EngineRig.wei(amount));
            rig.awaitMempoolEmpty();
            String forcedMember = forced + ":" + amount;
            Map<String, Object> beforeRollback = rig.poolBytes();
            PaymentException no = assertThrows(PaymentException.class, () -> rig.desk.rollback(forcedMember, false));
            assertTrue(no.getMessage().contains("PAID"), no.getMessage());
            PaymentException never = assertThrows(PaymentException.class, () -> rig.desk.rollback(forcedMember, true));
            assertTrue(never.getMessage().startsWith("refused even when forced: the verdict is PAID"), never.getMessage());
            assertTrue(never.getMessage().endsWith("Approve it instead with transaction " + paidTx + "."), never.getMessage());
            assertEquals(beforeRollback, rig.poolBytes());
            assertEquals(Map.of("balance", "0", "pending", Long.toString(amount)), f.raw.hgetall("eth:miners:" + forced));
            rig.desk.approve(forcedMember, paidTx);

            // an UNKNOWN entry (its journalled hash is unknown to the node, no nonce): refused unless forced
            String unknownMember = other + ":" + amount;
            f.credit(other, amount);
            assertTrue(f.lockPayouts(other, amount));
            f.updateBalance(other, amount, Instant.now().getEpochSecond());
            f.raw.ok("HSET", f.key("payments", "pendingtx"), unknownMember, "0x" + "3".repeat(64));
            Map<String, Object> beforeUnknown = rig.poolBytes();
            PaymentException unsure = assertThrows(PaymentException.class, () -> rig.desk.rollback(unknownMember, false));
            assertTrue(unsure.getMessage().contains("UNKNOWN"), unsure.getMessage());
            assertEquals(beforeUnknown, rig.poolBytes());
            Reconciliation r = rig.desk.rollback(unknownMember, true);
            assertEquals(Verdict.UNKNOWN, r.verdict());
            assertEquals(Map.of("balance", Long.toString(amount), "pending", "0"), f.raw.hgetall("eth:miners:" + other));
            List<Map<String, String>> trail = rig.ledger.auditTrail(5);
            Map<String, String> forcedEntry = trail.stream().filter(t -> "rollback-forced".equals(t.get("action")))
                    .findFirst().orElseThrow(() -> new AssertionError("no rollback-forced in " + trail));
            assertEquals(unknownMember, forcedEntry.get("member"));
            assertEquals("UNKNOWN", forcedEntry.get("verdict"));
            assertEquals("test", forcedEntry.get("operator"));
            rig.assertSettled();
        }
    }
}
