package org.payoutdesk.cli;

import java.io.PrintStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.payoutdesk.ledger.Violation;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.AuditResult;

/**
 * audit: the ledger invariants of SCHEMA.md, the wallet against what the pool owes, and the newest
 * operator actions of the audit stream. Fails (exit 1) on any broken invariant or an uncovered or
 * unknown wallet.
 *
 * @param walletProblem why the wallet is unknown, or null when {@code result.walletWei()} is real
 * @param actions       newest first, as stored in {@code <coin>:desk:audit}
 */
record AuditCheckReport(AuditResult result, String walletProblem, List<Map<String, String>> actions)
        implements CommandResult {

    AuditCheckReport {
        actions = List.copyOf(actions);
    }

    private BigInteger wallet() {
        return walletProblem == null ? result.walletWei() : null;
    }

    private boolean covered() {
        return wallet() != null && result.walletCovers();
    }

    @Override
    public boolean ok() {
        return result.ledger().clean() && covered();
    }

    @Override
    public void printText(PrintStream out) {
        out.println("Ledger invariants: " + (result.ledger().clean() ? "all hold" : result.ledger().violations().size() + " broken"));
        for (String c : result.ledger().checked()) {
            out.println("  checked: " + c);
        }
        for (Violation v : result.ledger().violations()) {
            out.println("  BROKEN " + v.invariant() + ": " + v.detail() + " (expected " + v.expected() + ", actual "
                    + v.actual() + ")");
        }
        for (org.payoutdesk.ledger.KeyProblem k : result.ledger().keyProblems()) out.println("  key: " + k.reason());
        out.println("Owed to miners (balance + pending): " + Shannon.formatEth(result.owedShannon()) + " ETH");
        if (wallet() == null) {
            out.println("Wallet: unknown (" + walletProblem + ")");
        } else {
            out.println("Wallet: " + Shannon.formatWeiAsEth(wallet()) + " ETH, " + (covered() ? "covers" : "DOES NOT cover")
                    + " what is owed");
        }
        if (!actions.isEmpty()) {
            out.println("Operator actions (newest first):");
            for (Map<String, String> a : actions) {
                out.println("  " + a.getOrDefault("at", "?") + "  " + a.getOrDefault("action", "?") + "  by "
                        + a.getOrDefault("operator", "?") + "  " + details(a));
            }
        }
    }

    private static String details(Map<String, String> a) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, String> e : a.entrySet()) {
            if (List.of("id", "at", "action", "operator").contains(e.getKey())) continue;
            if (!s.isEmpty()) s.append(", ");
            s.append(e.getKey()).append('=').append(e.getValue());
        }
        return s.toString();
    }

    @Override
    public Object json() {
        return Json.obj(
                "clean", ok(),
                "invariants", Json.obj("clean", result.ledger().clean(), "checked", result.ledger().checked(),
                        "violations", result.ledger().violations().stream().map(v -> Json.obj("invariant", v.invariant(),
                                "detail", v.detail(), "expected", v.expected(), "actual", v.actual())).toList()),
                "keyProblems", result.ledger().keyProblems().stream().map(StatusReport::key).toList(),
                "owed", Json.shannon(result.owedShannon()),
                "wallet", Json.wei(wallet()),
                "walletProblem", walletProblem,
                "walletCovers", covered(),
                "actions", actions);
    }
}
