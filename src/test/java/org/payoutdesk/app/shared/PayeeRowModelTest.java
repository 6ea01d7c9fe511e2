package org.payoutdesk.app.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.payoutdesk.ledger.PayeeRow;
import org.payoutdesk.ledger.Problem;
import org.payoutdesk.ledger.RowFlag;

class PayeeRowModelTest {
    static final long GLOBAL = 500_000_000L;
    static final long NOW = 1_700_000_000L;

    static PayeeRow row(String login, long balance, long pending, long threshold, List<Problem> problems) {
        return new PayeeRow(login, balance, 12, pending, 3_000_000_001L, threshold, NOW - 3 * 3600 - 5, 0, problems);
    }

    @Test
    void formatsEveryAmountWithNineDecimalsOnce() {
        PayeeRowModel m = PayeeRowModel.of(row("0xAbC", 12_500_000_000L, 250_000_000L, 0, List.of()), GLOBAL, NOW);
        assertEquals("12.500000000", m.balanceText());
        assertEquals("0.000000012", m.immatureText());
        assertEquals("0.250000000", m.pendingText());
        assertEquals("3.000000001", m.paidText());
        assertEquals("global", m.thresholdText());
        assertEquals("global: 500,000,000 Shannon", m.thresholdHint());
        assertEquals("3 h ago", m.lastShareText());
        assertEquals("0xabc", m.loginLower());
        assertEquals("", m.flagsText());
        assertFalse(m.flagged());
        assertTrue(m.hasPending());
    }

    @Test
    void thresholdIsStrictAndPerMinerWins() {
        assertFalse(PayeeRowModel.of(row("0x1", GLOBAL, 0, 0, List.of()), GLOBAL, NOW).overThreshold());
        assertTrue(PayeeRowModel.of(row("0x1", GLOBAL + 1, 0, 0, List.of()), GLOBAL, NOW).overThreshold());
        PayeeRowModel own = PayeeRowModel.of(row("0x1", 2_000_000_000L, 0, 5_000_000_000L, List.of()), GLOBAL, NOW);
        assertFalse(own.overThreshold());
        assertEquals(5_000_000_000L, own.effectiveThreshold());
        assertEquals("5.000000000", own.thresholdText());
    }

    @Test
    void flagsNameEachFlagOnceAndListEveryReason() {
        PayeeRowModel m = PayeeRowModel.of(row("0xbad", 0, 0, 0, List.of(
                new Problem(RowFlag.NEGATIVE, "pending is -5"),
                new Problem(RowFlag.BAD_NUMBER, "balance is not a base-10 int64: '12abc'"),
                new Problem(RowFlag.BAD_NUMBER, "paid is not a base-10 int64: 'x'"))), GLOBAL, NOW);
        assertEquals("bad number, negative", m.flagsText());
        assertEquals("pending is -5\nbalance is not a base-10 int64: '12abc'\npaid is not a base-10 int64: 'x'",
                m.flagsHint());
        assertTrue(m.flagged());
    }

    @Test
    void unknownLastShareReadsNever() {
        PayeeRow r = new PayeeRow("0x1", 1, 0, 0, 0, 0, 0, 0, List.of());
        assertEquals("never", PayeeRowModel.of(r, GLOBAL, NOW).lastShareText());
    }
}
