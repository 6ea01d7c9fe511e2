package org.payoutdesk.cli;

import java.io.PrintStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.Blocker;
import org.payoutdesk.payout.HeldPayment;
import org.payoutdesk.payout.PayoutPlan;
import org.payoutdesk.payout.PlannedPayment;

/**
 * The plan as the operator reads it (text) and as scripts read it (JSON): payments, held rows,
 * totals, gas, wallet before and after, blockers with remedies. Shared by plan and pay.
 *
 * @param walletKnown false when the wallet balance cannot be trusted (node down, address unset)
 */
record PlanReport(PayoutPlan plan, boolean walletKnown) {

    static PlanReport of(PayoutPlan plan, boolean addressSet) {
        return new PlanReport(plan, addressSet && plan.node().nodeProblem() == null);
    }

    /** plan itself only shows: exit 0 even with blockers. */
    CommandResult asResult() {
        return new CommandResult() {
            @Override
            public boolean ok() {
                return true;
            }

            @Override
            public void printText(PrintStream out) {
                PlanReport.this.printText(out);
            }

            @Override
            public Object json() {
                return PlanReport.this.json();
            }
        };
    }

    void printText(PrintStream out) {
        out.println("Payout plan: " + plan.payments().size() + " payment(s), " + Shannon.formatEth(plan.totalShannon())
                + " ETH (" + plan.totalShannon() + " Shannon, " + plan.totalWei() + " wei)");
        if (!plan.payments().isEmpty()) {
            out.printf("  %-42s %20s %20s  %s%n", "login", "ETH", "Shannon", "threshold ETH / reason");
            for (PlannedPayment p : plan.payments()) {
                out.printf("  %-42s %20s %20d  %s (%s): %s%n", p.login(), Shannon.formatEthFixed(p.amount()), p.amount(),
                        Shannon.formatEth(p.threshold()), p.perMinerThreshold() ? "own" : "global", p.reason());
                if (plan.keepNwFees()) {
                    out.printf("  %-42s receives %s ETH, network fee kept %s ETH (payouts.keepNwFees)%n", "",
                            Shannon.formatWeiAsEth(plan.receivesWei(p)), Shannon.formatWeiAsEth(plan.txChargeWei()));
                }
            }
        }
        if (!plan.held().isEmpty()) {
            out.println("Held back (" + plan.held().size() + "), not paid, each for the reason shown:");
            for (HeldPayment h : plan.held()) {
                out.println("  " + h.login() + "  balance " + Shannon.formatEth(h.balance()) + " ETH: " + h.reason());
            }
        }
        out.println("Gas: " + Shannon.formatWeiAsEth(plan.gasPerPaymentWei()) + " ETH per payment, "
                + Shannon.formatWeiAsEth(plan.estimatedGasWei()) + " ETH estimated for the batch");
        if (walletKnown) {
            out.println("Wallet: " + Shannon.formatWeiAsEth(plan.walletWei()) + " ETH; after the batch: "
                    + Shannon.formatWeiAsEth(plan.walletAfterWei()) + " ETH");
        } else {
            out.println("Wallet: unknown");
        }
        if (plan.node().baseFeeWei() != null) {
            out.println("Base fee: " + org.payoutdesk.payout.FeeBump.gwei(plan.node().baseFeeWei()) + " gwei, tip "
                    + org.payoutdesk.payout.FeeBump.gwei(plan.node().tipWei()) + " gwei");
        }
        printBlockers(out, plan.blockers());
        out.println(plan.deferred() ? "Sendable: no, deferred (gas above desk.gasCeiling)" : plan.sendable() ? "Sendable: yes" : plan.payments().isEmpty() && plan.blockers().isEmpty()
                ? "Sendable: nothing to pay" : "Sendable: no");
    }

    static void printBlockers(PrintStream out, List<Blocker> blockers) {
        if (blockers.isEmpty()) return;
        out.println("Blocking problems (" + blockers.size() + "):");
        for (Blocker b : blockers) {
            out.println("  - " + b.message());
            out.println("    remedy: " + b.remedy());
        }
    }

    Map<String, Object> json() {
        BigInteger wallet = walletKnown ? plan.walletWei() : null;
        return Json.obj(
                "sendable", plan.sendable(),
                "payments", plan.payments().stream().map(this::payment).toList(),
                "held", plan.held().stream().map(h -> Json.obj("login", h.login(), "balanceShannon", h.balance(),
                        "balanceEth", Shannon.formatEth(h.balance()), "reason", h.reason())).toList(),
                "totals", Json.obj("count", plan.payments().size(), "shannon", plan.totalShannon(),
                        "wei", plan.totalWei().toString(), "eth", Shannon.formatEth(plan.totalShannon()),
                        "sentWei", plan.sentWei().toString()),
                "keepNwFees", plan.keepNwFees(),
                "gas", Json.obj("perPaymentWei", plan.gasPerPaymentWei().toString(),
                        "estimatedWei", plan.estimatedGasWei().toString(),
                        "estimatedEth", Shannon.formatWeiAsEth(plan.estimatedGasWei())),
                "wallet", Json.wei(wallet),
                "walletAfter", Json.wei(wallet == null ? null : plan.walletAfterWei()),
                "baseFeeWei", plan.node().baseFeeWei() == null ? null : plan.node().baseFeeWei().toString(),
                "tipWei", plan.node().tipWei() == null ? null : plan.node().tipWei().toString(),
                "deferred", plan.deferred(),
                "blockers", blockers(plan.blockers()));
    }

    static List<Map<String, Object>> blockers(List<Blocker> blockers) {
        return blockers.stream().map(b -> Json.obj("kind", b.kind().name(), "message", b.message(),
                "remedy", b.remedy())).toList();
    }

    private Map<String, Object> payment(PlannedPayment p) {
        return Json.obj("login", p.login(), "amountShannon", p.amount(), "amountEth", Shannon.formatEth(p.amount()),
                "amountWei", Shannon.toWei(p.amount()).toString(), "thresholdShannon", p.threshold(),
                "perMinerThreshold", p.perMinerThreshold(), "reason", p.reason(),
                "receivesWei", plan.receivesWei(p).toString(), "feeKeptWei", plan.txChargeWei().toString());
    }
}
