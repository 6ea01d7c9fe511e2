package org.payoutdesk.app.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.payoutdesk.app.shared.Amounts;
import org.payoutdesk.app.shared.Figure;
import org.payoutdesk.app.shared.PayeeStats;
import org.payoutdesk.ledger.Finances;
import org.payoutdesk.ledger.Problem;

/** The rows of the Overview's cards, from what the services read: plain functions, no JavaFX. */
final class OverviewFigures {
    private OverviewFigures() {
    }

    /** Wallet, owed, coverage: from the wallet reading, else owed alone from the finances. */
    static List<Figure> coverage(boolean hasNode, WalletReading reading, OverviewSnapshot snapshot) {
        List<Figure> out = new ArrayList<>();
        if (reading == null || !reading.walletKnown()) {
            String why = !hasNode ? "no node configured" : reading == null ? "reading…" : "node unreachable";
            Figure wallet = Figure.value("wallet", "Pool wallet", why, reading == null ? "muted" : "danger-text");
            out.add(reading == null ? wallet : wallet.withHint(reading.node().nodeProblem()));
            if (snapshot != null) {
                out.add(Figure.amount("owed", "Owed to miners", owedOf(snapshot.finances())));
            }
            out.add(Figure.value("coverage", "Coverage", "unknown", "muted"));
            return out;
        }
        Coverage c = reading.coverage();
        out.add(Figure.wei("wallet", "Pool wallet", c.walletWei()));
        out.add(Figure.amount("owed", "Owed to miners", c.owedShannon()));
        out.add(new Figure("coverage", "Coverage", c.text(), c.covered()
                ? "The wallet covers everything owed (balance + pending)"
                : "The wallet lacks " + Amounts.weiHint(c.shortfallWei()) + " to cover what is owed",
                true, List.of(c.covered() ? "ok-text" : "danger-text")));
        if (!c.covered()) out.add(Figure.weiUp("shortfall", "Short by", c.shortfallWei(), "danger-text"));
        if (reading.historyProblem() != null) {
            out.add(Figure.value("history-problem", "⚠", reading.historyProblem(), "flag-text"));
        }
        return out;
    }

    static List<Figure> paid(PaidWindows w) {
        if (w == null) {
            return List.of(Figure.value("paid-24h", "Last 24 hours", "reading…", "muted"),
                    Figure.value("paid-7d", "Last 7 days", "reading…", "muted"));
        }
        return List.of(Figure.amount("paid-24h", "Last 24 hours", w.last24h()),
                Figure.value("paid-24h-count", "Payments (24 h)", count(w.count24h())),
                Figure.amount("paid-7d", "Last 7 days", w.last7d()),
                Figure.value("paid-7d-count", "Payments (7 d)", count(w.count7d())));
    }

    static List<Figure> finances(Finances f) {
        List<Figure> out = new ArrayList<>();
        out.add(Figure.amount("balance", "Balance", f.balance()));
        out.add(Figure.amount("immature", "Immature", f.immature()));
        out.add(Figure.amount("pending", "Pending", f.pending()));
        out.add(Figure.amount("paid", "Paid", f.paid()));
        out.add(Figure.amount("total-mined", "Total mined", f.totalMined()));
        // The fork's txcharges are wei (nwTxGasPrice x nwTxGas), not Shannon.
        if (f.txCharges() >= 0) out.add(Figure.wei("txcharges", "Tx charges", java.math.BigInteger.valueOf(f.txCharges())));
        out.add(Figure.value("last-credit", "Last credit height",
                f.lastCreditHeight() == 0 ? "none" : count(f.lastCreditHeight())));
        for (Problem p : f.problems()) out.add(Figure.value("problem", "⚠", p.reason(), "flag-text"));
        return out;
    }

    static List<Figure> pending(OverviewSnapshot s) {
        return List.of(
                Figure.value("pending-count", "Pending payments", Integer.toString(s.pendingCount()),
                        s.pendingCount() > 0 ? "warn-text" : "ok-text"),
                Figure.value("lock", "Payout lock", s.lock().orElse("none"),
                        s.lock().isPresent() ? "warn-text" : "ok-text"));
    }

    static List<Figure> payees(PayeeStats st) {
        return List.of(Figure.value("payees", "Payees", count(st.payees())),
                Figure.value("over-threshold", "Over threshold", count(st.overThreshold())),
                Figure.value("flagged", "Flagged rows", count(st.flagged()), st.flagged() > 0 ? "warn-text" : "ok-text"),
                Figure.amount("payees-owed", "Σ payee balance + pending",
                        st.totalBalance().add(st.totalPending())));
    }

    static java.math.BigInteger owedOf(Finances f) {
        return f.owedShannon();
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
