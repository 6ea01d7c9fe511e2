package org.payoutdesk.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.payoutdesk.payout.Blocker;
import org.payoutdesk.payout.HeldPayment;
import org.payoutdesk.payout.NodeState;
import org.payoutdesk.payout.PayoutPlan;
import org.payoutdesk.payout.PlannedPayment;

class ReviewSelectionTest {
    private static final BigInteger GAS = new BigInteger("21000000000000"); // 21000 gas × 1 gwei
    private static final PlannedPayment A = new PlannedPayment("0xaa", 3_000_000_001L, 500_000_000L, false, "a");
    private static final PlannedPayment B = new PlannedPayment("0xbb", 2_000_000_000L, 1_000_000_000L, true, "b");
    private static final PlannedPayment C = new PlannedPayment("0xcc", 700_000_000L, 500_000_000L, false, "c");

    private static PayoutPlan plan(BigInteger wallet, List<Blocker> blockers) {
        NodeState node = new NodeState(31337, 10, OptionalLong.of(3), false, null, wallet, BigInteger.ONE, null);
        return new PayoutPlan(List.of(A, B, C), List.of(new HeldPayment("0xdd", 9, "bad number")), blockers,
                5_700_000_001L, GAS, wallet, 500_000_000L, node);
    }

    private static BigInteger eth(long n) {
        return BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(n));
    }

    @Test
    void everyRowStartsTickedAndTotalsAreExact() {
        ReviewSelection s = new ReviewSelection(plan(eth(100), List.of()));
        assertEquals(List.of(A, B, C), s.ticked());
        ReviewTotals t = s.totals();
        assertEquals(3, t.count());
        assertEquals(5_700_000_001L, t.totalShannon());
        assertEquals(new BigInteger("5700000001000000000"), t.totalWei());
        assertEquals(GAS.multiply(BigInteger.valueOf(3)), t.gasWei());
        assertEquals(eth(100).subtract(new BigInteger("5700000001000000000")).subtract(new BigInteger("63000000000000")),
                t.walletAfterWei());
        assertNull(s.whyNotSend(false, true));
    }

    @Test
    void untickingRecomputesTotalsAndKeepsPlanOrder() {
        ReviewSelection s = new ReviewSelection(plan(eth(100), List.of()));
        s.tick(B, false);
        assertEquals(List.of(A, C), s.ticked());
        assertEquals(3_700_000_001L, s.totals().totalShannon());
        assertEquals(GAS.multiply(BigInteger.TWO), s.totals().gasWei());
        s.tick(B, true);
        assertEquals(List.of(A, B, C), s.ticked());
        s.tickNone();
        assertEquals(0, s.totals().count());
        assertEquals("Nothing is ticked.", s.whyNotSend(false, true));
        s.tickAll();
        assertEquals(3, s.totals().count());
        assertThrows(IllegalArgumentException.class,
                () -> s.tick(new PlannedPayment("0xee", 1, 0, false, "x"), true));
    }

    @Test
    void readOnlyNoDeskAndBlockersForbidSending() {
        ReviewSelection s = new ReviewSelection(plan(eth(100), List.of()));
        assertEquals("Read-only mode: nothing can be sent.", s.whyNotSend(true, true));
        assertTrue(s.whyNotSend(false, false).startsWith("No payout engine"));
        ReviewSelection locked = new ReviewSelection(plan(eth(100), List.of(
                new Blocker(Blocker.Kind.LOCKED, "payouts are locked (x:1)", "resolve"))));
        assertEquals("Blocked: payouts are locked (x:1).", locked.whyNotSend(false, true));
        assertFalse(locked.canSend(false, true));
        assertThrows(IllegalStateException.class, locked::approvedPlan);
        ReviewSelection engineReadOnly = new ReviewSelection(plan(eth(100), List.of(
                new Blocker(Blocker.Kind.READ_ONLY, "read-only", "restart"))));
        assertEquals("Read-only mode: nothing can be sent.", engineReadOnly.whyNotSend(false, true));
    }

    @Test
    void fundsShortIsJudgedOnTheTickedRows() {
        // 5 ETH: the whole plan (5.700000001 ETH + gas) does not fit; without A it does.
        BigInteger wallet = eth(5);
        ReviewSelection s = new ReviewSelection(plan(wallet, List.of(
                new Blocker(Blocker.Kind.FUNDS, "the wallet holds 5 ETH but ...", "untick"))));
        assertTrue(s.totals().walletShort());
        assertEquals(List.of(Blocker.Kind.FUNDS), s.blockers().stream().map(Blocker::kind).toList());
        assertFalse(s.canSend(false, true));
        s.tick(A, false);
        assertFalse(s.totals().walletShort());
        assertEquals(List.of(), s.blockers());
        assertNull(s.whyNotSend(false, true));
        PayoutPlan approved = s.approvedPlan();
        assertEquals(List.of(), approved.blockers());
        assertEquals(List.of(A, B, C), approved.payments());
    }

    @Test
    void aShortWalletWithoutTheEnginesBlockerStillForbidsSending() {
        ReviewSelection s = new ReviewSelection(plan(BigInteger.ONE, List.of()));
        assertEquals(List.of(Blocker.Kind.FUNDS), s.blockers().stream().map(Blocker::kind).toList());
        assertTrue(s.totals().walletAfterWei().signum() < 0);
        assertFalse(s.canSend(false, true));
    }

    @Test
    void aNodeThatIsDownIsTheOnlyBlockerShownForIt() {
        ReviewSelection s = new ReviewSelection(plan(BigInteger.ZERO, List.of(
                new Blocker(Blocker.Kind.NODE, "the node did not answer: refused", "check"))));
        assertEquals(List.of(Blocker.Kind.NODE), s.blockers().stream().map(Blocker::kind).toList());
    }
}
