package org.payoutdesk.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.payoutdesk.payout.Reconciliation;

/**
 * resolve: a verdict with evidence for every pending payment, what --yes did with it, and the lock.
 *
 * @param acted      true with --yes
 * @param lockBefore the lock's value before acting
 * @param lockAfter  the lock's value at the end
 * @param left       pending members still in the ledger at the end
 */
record ResolveReport(boolean acted, List<Entry> entries, Optional<String> lockBefore, Optional<String> lockAfter,
                     List<String> left) implements CommandResult {

    /** One pending payment: its verdict and, with --yes, what was done ({@code action}) or why not. */
    record Entry(Reconciliation verdict, String action, String detail) {
    }

    ResolveReport {
        entries = List.copyOf(entries);
        left = List.copyOf(left);
    }

    /** Without --yes it only shows; with --yes it fails when anything is left unresolved. */
    @Override
    public boolean ok() {
        return !acted || (left.isEmpty() && lockAfter.isEmpty());
    }

    @Override
    public void printText(PrintStream out) {
        out.println("Pending payments: " + entries.size());
        for (Entry e : entries) {
            Reconciliation r = e.verdict();
            out.println("  " + r.entry().member() + "  " + r.verdict());
            out.println("    evidence: " + r.evidence());
            out.println("    " + (acted ? "done: " : "would: ") + e.action() + (e.detail() == null ? "" : " (" + e.detail() + ")"));
        }
        out.println("Lock: " + lockBefore.map(v -> "held by " + v).orElse("free")
                + (acted && lockBefore.isPresent() && lockAfter.isEmpty() ? ", cleared" : ""));
        if (!acted && (!entries.isEmpty() || lockBefore.isPresent())) {
            out.println("Nothing changed. Run 'resolve --yes' to approve the PAID ones, roll back NOT_SENT and REVERTED,"
                    + " and clear a lock nothing needs.");
        }
        if (acted && !left.isEmpty()) {
            out.println("Still pending (" + left.size() + "): " + String.join(", ", left)
                    + ". Wait for IN_MEMPOOL; for UNKNOWN use 'approve --tx' or 'rollback --force'.");
        }
        if (acted && left.isEmpty() && lockAfter.isPresent()) {
            out.println("The lock is still held by " + lockAfter.get() + ".");
        }
    }

    @Override
    public Object json() {
        return Json.obj(
                "acted", acted,
                "entries", entries.stream().map(ResolveReport::entry).toList(),
                "lock", Json.obj("before", lockBefore.orElse(null), "after", lockAfter.orElse(null)),
                "left", left);
    }

    private static Map<String, Object> entry(Entry e) {
        Reconciliation r = e.verdict();
        return Json.obj("member", r.entry().member(), "login", r.entry().login(), "amountShannon", r.entry().amount(),
                "verdict", r.verdict().name(), "evidence", r.evidence(), "txHash", r.txHash().orElse(null),
                "nonce", r.nonce().isPresent() ? r.nonce().getAsLong() : null,
                "block", r.block().isPresent() ? r.block().getAsLong() : null,
                "action", e.action(), "detail", e.detail());
    }
}
