package org.payoutdesk.app.pending;

import java.util.List;
import java.util.Locale;
import org.payoutdesk.app.shared.Amounts;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.payout.Approval;
import org.payoutdesk.payout.Reconciliation;

/**
 * The texts the operator confirms before a pending payment is written: every money field spelled out
 * (login, amount in ETH and Shannon, hash), then what the ledger will do.
 */
public final class PendingConfirmations {
    public static final String FORCED_TICK = "I checked the transaction did not go out";

    private PendingConfirmations() {
    }

    static String money(PendingPayment p) {
        return Amounts.ethWithUnit(p.amount()) + " (" + Amounts.shannonHint(p.amount()) + ")";
    }

    public static String approve(Reconciliation r) {
        PendingPayment p = r.entry();
        return "Record this payment as paid:\n"
                + "  login        " + p.login() + "\n"
                + "  amount       " + money(p) + "\n"
                + "  transaction  " + r.txHash().orElse("?")
                + (r.block().isPresent() ? " (block " + r.block().getAsLong() + ")" : "") + "\n\n"
                + "The payment is written to the pool's history with this hash, the miner's paid total grows by "
                + Amounts.ethWithUnit(p.amount()) + " and the pending entry is removed. Nothing is sent.";
    }

    public static String approveWithHash(PendingPayment p) {
        return "The evidence is not conclusive. If you know the transaction that paid this entry, give its hash:"
                + " the node checks that it is mined, succeeded, and sends exactly " + money(p)
                + " from the pool to " + p.login() + ". Nothing is written until you approve.";
    }

    public static String verified(Approval a) {
        return "Checked on chain: transaction " + a.txHash() + " in block " + a.block() + " pays "
                + Amounts.ethWithUnit(a.entry().amount()) + " to " + a.entry().login() + " (" + a.evidence() + ").";
    }

    public static String rollback(Reconciliation r) {
        PendingPayment p = r.entry();
        return "Credit this payment back:\n"
                + "  login        " + p.login() + "\n"
                + "  amount       " + money(p) + "\n"
                + "  verdict      " + r.verdict() + ": " + r.evidence() + "\n\n"
                + "The amount returns to the miner's balance and the pending entry is removed;"
                + " the next batch pays it again.";
    }

    public static String forcedRollback(Reconciliation r) {
        PendingPayment p = r.entry();
        return "Warning: the verdict is " + r.verdict() + ", not proof that the money stayed.\n"
                + "  login        " + p.login() + "\n"
                + "  amount       " + money(p) + "\n"
                + "  evidence     " + r.evidence() + "\n\n"
                + "If this transaction did go out (or still goes out from the mempool), crediting it back pays this miner"
                + " twice: the pool loses " + Amounts.ethWithUnit(p.amount()) + ". Force it only after checking the pool"
                + " address on a block explorer.";
    }

    public static String clearLock(String lock) {
        return "The payout lock is held by '" + lock + "' but no payment is pending.\n\n"
                + "Clearing it (DEL payments:lock) lets the pool pay again. No balance changes.";
    }

    /** What resolve does to one entry, in one line. */
    public static String resolveLine(Reconciliation r) {
        String what = switch (r.verdict()) {
            case PAID -> "approve: record as paid by " + r.txHash().orElse("?");
            case NOT_SENT, REVERTED -> "roll back: credit " + Amounts.ethWithUnit(r.entry().amount()) + " back to the balance";
            case IN_MEMPOOL -> "left pending: still in the mempool, check again once it is mined";
            case UNKNOWN -> "left pending: not enough evidence, decide by hand";
        };
        return r.entry().login() + "  " + Amounts.ethWithUnit(r.entry().amount()) + "  "
                + r.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " → " + what;
    }

    public static String resolveAll(List<Reconciliation> verdicts, String lock) {
        StringBuilder sb = new StringBuilder("Resolve every entry the evidence decides:\n");
        for (Reconciliation r : verdicts) sb.append("  • ").append(resolveLine(r)).append('\n');
        long left = verdicts.stream().filter(r -> !r.canApprove() && !r.canRollback()).count();
        sb.append('\n');
        if (lock != null) {
            sb.append(left == 0 ? "The payout lock is cleared when nothing is left pending."
                    : "The payout lock stays while " + left + (left == 1 ? " entry is" : " entries are") + " left pending.");
        }
        return sb.toString().stripTrailing();
    }
}
