package org.payoutdesk.app.pending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.payout.Approval;
import org.payoutdesk.payout.Reconciliation;
import org.payoutdesk.payout.Verdict;

class PendingConfirmationsTest {
    static final String LOGIN = "0x" + "ab".repeat(20);
    static final String TX = "0x" + "12".repeat(32);
    static final PendingPayment ENTRY = new PendingPayment(LOGIN + ":700000001", LOGIN, 700_000_001L, 1_700_000_000L, List.of());

    static Reconciliation r(Verdict v, String hash) {
        return new Reconciliation(ENTRY, v, "evidence for " + v, Optional.ofNullable(hash), OptionalLong.of(7),
                hash == null ? OptionalLong.empty() : OptionalLong.of(42));
    }

    @Test
    void approveNamesLoginExactAmountAndHash() {
        String text = PendingConfirmations.approve(r(Verdict.PAID, TX));
        assertEquals("Record this payment as paid:\n"
                + "  login        " + LOGIN + "\n"
                + "  amount       0.700000001 ETH (700,000,001 Shannon)\n"
                + "  transaction  " + TX + " (block 42)\n\n"
                + "The payment is written to the pool's history with this hash, the miner's paid total grows by "
                + "0.700000001 ETH and the pending entry is removed. Nothing is sent.", text);
    }

    @Test
    void rollbackNamesTheVerdictAndEvidence() {
        String text = PendingConfirmations.rollback(r(Verdict.NOT_SENT, null));
        assertTrue(text.contains("  login        " + LOGIN + "\n"), text);
        assertTrue(text.contains("  amount       0.700000001 ETH (700,000,001 Shannon)\n"), text);
        assertTrue(text.contains("  verdict      NOT_SENT: evidence for NOT_SENT\n"), text);
        assertTrue(text.endsWith("the next batch pays it again."), text);
    }

    @Test
    void forcedRollbackWarnsOfPayingTwice() {
        String text = PendingConfirmations.forcedRollback(r(Verdict.IN_MEMPOOL, TX));
        assertTrue(text.startsWith("Warning: the verdict is IN_MEMPOOL, not proof that the money stayed."), text);
        assertTrue(text.contains("crediting it back pays this miner twice: the pool loses 0.700000001 ETH."), text);
        assertEquals("I checked the transaction did not go out", PendingConfirmations.FORCED_TICK);
    }

    @Test
    void verifiedHashIsSpelledOut() {
        Approval a = new Approval(ENTRY, TX, 42, "verified on chain: success");
        assertEquals("Checked on chain: transaction " + TX + " in block 42 pays 0.700000001 ETH to " + LOGIN
                + " (verified on chain: success).", PendingConfirmations.verified(a));
    }

    @Test
    void resolveAllListsWhatHappensToEachEntry() {
        String text = PendingConfirmations.resolveAll(List.of(r(Verdict.PAID, TX), r(Verdict.NOT_SENT, null),
                r(Verdict.REVERTED, TX), r(Verdict.IN_MEMPOOL, TX), r(Verdict.UNKNOWN, null)), "lock-value");
        assertEquals("Resolve every entry the evidence decides:\n"
                + "  • " + LOGIN + "  0.700000001 ETH  paid → approve: record as paid by " + TX + "\n"
                + "  • " + LOGIN + "  0.700000001 ETH  not sent → roll back: credit 0.700000001 ETH back to the balance\n"
                + "  • " + LOGIN + "  0.700000001 ETH  reverted → roll back: credit 0.700000001 ETH back to the balance\n"
                + "  • " + LOGIN + "  0.700000001 ETH  in mempool → left pending: still in the mempool, check again once it is mined\n"
                + "  • " + LOGIN + "  0.700000001 ETH  unknown → left pending: not enough evidence, decide by hand\n"
                + "\nThe payout lock stays while 2 entries are left pending.", text);
        assertTrue(PendingConfirmations.resolveAll(List.of(r(Verdict.PAID, TX)), "x")
                .endsWith("The payout lock is cleared when nothing is left pending."));
    }

    @Test
    void clearLockNamesTheLock() {
        assertEquals("The payout lock is held by '" + LOGIN + ":5' but no payment is pending.\n\n"
                + "Clearing it (DEL payments:lock) lets the pool pay again. No balance changes.",
                PendingConfirmations.clearLock(LOGIN + ":5"));
    }
}
