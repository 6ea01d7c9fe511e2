package org.payoutdesk.app.pending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.payoutdesk.payout.Verdict;

class PendingActionsTest {
    @Test
    void eachVerdictEnablesItsOwnActions() {
        assertEquals(new PendingActions(true, false, false, false), PendingActions.of(Verdict.PAID, true));
        assertEquals(new PendingActions(false, false, true, false), PendingActions.of(Verdict.NOT_SENT, true));
        assertEquals(new PendingActions(false, false, true, false), PendingActions.of(Verdict.REVERTED, true));
        assertEquals(new PendingActions(false, true, false, true), PendingActions.of(Verdict.UNKNOWN, true));
        assertEquals(new PendingActions(false, false, false, true), PendingActions.of(Verdict.IN_MEMPOOL, true));
    }

    @Test
    void paidIsNeverRolledBackNotEvenForced() {
        PendingActions paid = PendingActions.of(Verdict.PAID, true);
        assertFalse(paid.rollback());
        assertFalse(paid.forcedRollback());
    }

    @ParameterizedTest
    @EnumSource(Verdict.class)
    void readOnlyOffersNothing(Verdict v) {
        assertEquals(PendingActions.NONE, PendingActions.of(v, false));
        assertFalse(PendingActions.of(v, false).any());
    }

    @Test
    void noVerdictNoAction() {
        assertEquals(PendingActions.NONE, PendingActions.of(null, true));
    }
}
