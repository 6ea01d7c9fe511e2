package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.payoutdesk.ledger.PayeeRow;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.ledger.Problem;
import org.payoutdesk.ledger.RowFlag;

class PlannerTest {
    private static final String A = "0x" + "a".repeat(40);
    private static final String B = "0x" + "b".repeat(40);
    private static final String C = "0x" + "c".repeat(40);
    private static final String D = "0x" + "d".repeat(40);
    private static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);

    private static PayeeRow row(String login, long balance, long threshold, Problem... problems) {
        return new PayeeRow(login, balance, 0, 0, 0, threshold, 0, 0, List.of(problems));
    }

    private static NodeState node(long peers, BigInteger wallet) {
        return new NodeState(31337, 10, OptionalLong.of(peers), false, null, wallet, GWEI, null);
    }

    @Test
    void paysWholeBalanceOnlyWhenStrictlyAboveThreshold() {
        Planner planner = new Planner(500_000_000L, 0);
        PayoutPlan plan = planner.plan(List.of(
                row(A, 500_000_000L, 0),        // equal: not paid (the pool pays only when threshold < balance)
                row(B, 500_000_001L, 0),        // one Shannon over
                row(C, 200_000_000L, 100_000_000L), // own threshold lower than global
                row(D, 900_000_000L, 1_000_000_000L)), // own threshold higher
                List.of(), null, node(0, new BigInteger("10").pow(21)), 0, List.of());
        assertEquals(List.of(B, C), plan.payments().stream().map(PlannedPayment::login).toList());
        assertEquals(500_000_001L, plan.payments().get(0).amount());
        assertEquals(700_000_001L, plan.totalShannon());
        assertEquals(new BigInteger("700000001000000000"), plan.totalWei());
        assertEquals(GWEI.multiply(BigInteger.valueOf(42_000)), plan.estimatedGasWei());
        assertTrue(plan.sendable());
    }

    @Test
    void holdsFlaggedRowsWithTheirReason() {
        Planner planner = new Planner(500_000_000L, 0);
        PayoutPlan plan = planner.plan(List.of(
                row(A, 900_000_000L, 0, new Problem(RowFlag.BAD_LOGIN, "login is not 0x + 40 hex")),
                row(B, 900_000_000L, 0, new Problem(RowFlag.FORK_FORMAT, "fork history"))),
                List.of(), null, node(0, new BigInteger("10").pow(21)), 0, List.of());
        assertEquals(List.of(B), plan.payments().stream().map(PlannedPayment::login).toList());
        assertEquals(1, plan.held().size());
        assertEquals("login is not 0x + 40 hex", plan.held().get(0).reason());
    }

    @Test
    void holdsARowWhoseBalanceDoesNotParseInsteadOfDroppingIt() {
        Planner planner = new Planner(500_000_000L, 0);
        PayoutPlan plan = planner.plan(List.of(
                row(A, 0, 0, new Problem(RowFlag.BAD_NUMBER, "balance '12abc' is not a base-10 int64")),
                row(B, 100, 0, new Problem(RowFlag.BAD_LOGIN, "login is not 0x + 40 hex"))),
                List.of(), null, node(0, new BigInteger("10").pow(21)), 0, List.of());
        assertEquals(List.of(), plan.payments());
        assertEquals(List.of(A), plan.held().stream().map(HeldPayment::login).toList());
        assertEquals("balance '12abc' is not a base-10 int64", plan.held().get(0).reason());
    }

    @Test
    void blocksOnPendingLockPeersSyncSignerAndFunds() {
        Planner planner = new Planner(500_000_000L, 3);
        PendingPayment stuck = new PendingPayment(A + ":5", A, 5, 1, List.of());
        NodeState bad = new NodeState(1, 1, OptionalLong.of(2), true, "account locked",
                new BigInteger("600000000000000000"), GWEI, null);
        PayoutPlan plan = planner.plan(List.of(row(B, 600_000_000L, 0)), List.of(stuck), A + ":5", bad, 0, List.of());
        assertEquals(List.of(Blocker.Kind.PENDING_PAYMENTS, Blocker.Kind.LOCKED, Blocker.Kind.PEERS,
                Blocker.Kind.SYNCING, Blocker.Kind.SIGNER, Blocker.Kind.FUNDS),
                plan.blockers().stream().map(Blocker::kind).toList());
        assertFalse(plan.sendable());
        // exactly the amount with no gas would fit; the gas makes it short by 21000 gwei
        assertEquals(GWEI.multiply(BigInteger.valueOf(-21_000)), plan.walletAfterWei());
    }

    @Test
    void unknownPeerCountSatisfiesOnlyZero() {
        NodeState anvil = new NodeState(31337, 1, OptionalLong.empty(), false, null, new BigInteger("10").pow(21), GWEI, null);
        List<PayeeRow> rows = List.of(row(B, 600_000_000L, 0));
        assertTrue(new Planner(500_000_000L, 0).plan(rows, List.of(), null, anvil, 0, List.of()).sendable());
        PayoutPlan strict = new Planner(500_000_000L, 1).plan(rows, List.of(), null, anvil, 0, List.of());
        assertEquals(Blocker.Kind.PEERS, strict.blockers().get(0).kind());
    }

    @Test
    void maxKeepsTheBiggestDebts() {
        PayoutPlan plan = new Planner(0, 0).plan(List.of(row(A, 1, 0), row(B, 3, 0), row(C, 2, 0)),
                List.of(), null, node(0, new BigInteger("10").pow(21)), 2, List.of());
        assertEquals(List.of(B, C), plan.payments().stream().map(PlannedPayment::login).toList());
        assertEquals(5, plan.totalShannon());
    }

    @Test
    void amountsThatWouldWrapAnInt64AreHeldWithTheirReasonAndTheOthersPlanned() {
        Planner planner = new Planner(500_000_000L, 0);
        NodeState rich = node(0, new BigInteger("10").pow(40));
        PayeeRow absurd = row(A, Long.MAX_VALUE, 0);
        PayeeRow paidFull = new PayeeRow(B, 600_000_000L, 0, 0, Long.MAX_VALUE - 1, 0, 0, 0, List.of());
        PayeeRow good = row("0x" + "c".repeat(40), 700_000_000L, 0);
        org.payoutdesk.ledger.Finances nearFull = new org.payoutdesk.ledger.Finances(0, 0, 0, Long.MAX_VALUE - 800_000_000L,
                0, -1, 0, null, List.of());
        PayeeRow second = row("0x" + "d".repeat(40), 900_000_000L, 0);
        PayoutPlan plan = planner.plan(List.of(absurd, paidFull, good, second), List.of(), null, rich, 0, List.of(),
                nearFull, java.util.Map.of());
        // Biggest first: 0.9 ETH would take finances.paid past int64 and is held; 0.7 ETH still fits.
        assertEquals(List.of("0x" + "c".repeat(40)), plan.payments().stream().map(PlannedPayment::login).toList());
        assertEquals(700_000_000L, plan.totalShannon());
        java.util.Map<String, String> held = new java.util.TreeMap<>();
        plan.held().forEach(h -> held.put(h.login(), h.reason()));
        assertTrue(held.get(A).contains("more than any wallet of the coin could ever hold"), held.get(A));
        assertTrue(held.get(B).contains(B + " paid past the int64 limit"), held.get(B));
        assertTrue(held.get("0x" + "d".repeat(40)).contains("finances paid past the int64 limit"), held.toString());
        assertTrue(plan.blockers().isEmpty(), plan.blockers().toString());
    }
}
