package org.payoutdesk.cli;

import java.io.PrintStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.payoutdesk.ledger.Finances;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.FinancesDay;
import org.payoutdesk.payout.FinancesReport;

/**
 * finances: the day table as an operator reads it (ETH, 9 decimals) and as month-end scripts read it
 * (JSON, exact: Shannon as numbers, wei as decimal strings; docs/cli-json.md). It only shows: exit 0.
 */
record FinancesTable(FinancesReport report) implements CommandResult {
    private static final String ROW = "%-10s %6s %22s %22s %22s %8s %22s %22s%n";

    @Override
    public boolean ok() {
        return true;
    }

    @Override
    public void printText(PrintStream out) {
        List<FinancesDay> days = report.days();
        out.println("Finances, " + days.size() + " UTC day(s) " + days.getFirst().day() + " .. " + days.getLast().day()
                + " (ETH; a block counts on the day it was credited)");
        out.printf(ROW, "day", "blocks", "reward", "credited", "kept", "payments", "paid", "fees");
        for (FinancesDay d : days) row(out, d.day().toString(), d);
        row(out, "total", report.total());
        Finances f = report.finances();
        out.println("finances  balance " + Shannon.formatEthFixed(f.balance()) + ", immature "
                + Shannon.formatEthFixed(f.immature()) + ", pending " + Shannon.formatEthFixed(f.pending()) + ", paid "
                + Shannon.formatEthFixed(f.paid()) + ", totalMined " + Shannon.formatEthFixed(f.totalMined())
                + (f.txCharges() >= 0 ? ", txcharges " + Shannon.formatWeiAsEthFixed(BigInteger.valueOf(f.txCharges())) : ""));
        out.println("wallet    " + report.walletWei().map(w -> Shannon.formatWeiAsEthFixed(w) + " ETH")
                .orElse("unknown (" + report.walletProblem() + ")") + ", coverage of what is owed "
                + report.coverageText());
        out.println("Amounts in wei are cut to 9 decimals here; --json has them exact.");
        if (!report.problems().isEmpty()) {
            out.println("Left out or doubtful (" + report.problems().size() + "):");
            for (String p : report.problems()) out.println("  - " + p);
        }
    }

    private static void row(PrintStream out, String label, FinancesDay d) {
        out.printf(ROW, label, d.blocks(), Shannon.formatWeiAsEthFixed(d.rewardWei()), shannon(d.creditedShannon()),
                Shannon.formatWeiAsEthFixed(d.keptWei()), d.payments(), shannon(d.paidShannon()),
                Shannon.formatWeiAsEthFixed(d.feesWei()));
    }

    private static String shannon(BigInteger shannon) {
        return Shannon.formatWeiAsEthFixed(shannon.multiply(Shannon.WEI_PER_SHANNON));
    }

    @Override
    public Object json() {
        Finances f = report.finances();
        return Json.obj(
                "days", report.days().stream().map(FinancesTable::day).toList(),
                "totals", totals(),
                "finances", Json.obj("balanceShannon", f.balance(), "immatureShannon", f.immature(),
                        "pendingShannon", f.pending(), "paidShannon", f.paid(), "totalMinedShannon", f.totalMined(),
                        "txChargesWei", f.txCharges() < 0 ? null : Long.toString(f.txCharges()),
                        "lastCreditHeight", f.lastCreditHeight(), "lastCreditHash", f.lastCreditHash()),
                "wallet", Json.wei(report.walletWei().orElse(null)),
                "owedShannon", report.owedShannon(),
                "coveragePercent", report.coveragePercent().map(p -> p.toPlainString()).orElse(null),
                "problems", report.problems());
    }

    private Map<String, Object> totals() {
        Map<String, Object> t = day(report.total());
        t.remove("day");
        return t;
    }

    private static Map<String, Object> day(FinancesDay d) {
        return Json.obj("day", d.day().toString(), "blocks", d.blocks(), "rewardWei", d.rewardWei().toString(),
                "creditedShannon", d.creditedShannon(), "keptWei", d.keptWei().toString(), "payments", d.payments(),
                "paidShannon", d.paidShannon(), "feesWei", d.feesWei().toString());
    }
}
