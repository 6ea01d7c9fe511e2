package org.payoutdesk.cli;

import java.io.PrintStream;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.Replacement;

/**
 * speedup / cancel: the new fees and the most it can cost, and the new hash when it was sent.
 *
 * @param sentHash null when only shown (no --yes)
 */
record ReplaceReport(Replacement replacement, String sentHash) implements CommandResult {

    @Override
    public boolean ok() {
        return true;
    }

    private String what() {
        return replacement.kind() == Replacement.Kind.SPEEDUP ? "Speed-up" : "Cancel";
    }

    @Override
    public void printText(PrintStream out) {
        var p = replacement.payment();
        out.println(what() + " of " + p.member() + " (" + Shannon.formatEth(p.amount()) + " ETH), nonce " + p.nonce());
        out.println("  replaces " + p.txHash());
        out.println("  sends    " + Shannon.formatWeiAsEth(replacement.valueWei()) + " ETH to " + replacement.to());
        out.println("  fees     " + StuckReport.fees(replacement.oldFees()) + "  ->  " + StuckReport.fees(replacement.newFees()));
        out.println("  at most  " + Shannon.formatWeiAsEth(replacement.maxCostWei()) + " ETH with gas");
        if (sentHash == null) {
            out.println("Not sent: this only shows it. Run it again with --yes to send.");
        } else {
            out.println("Sent " + sentHash + " (journalled in desk:attempts); payout-desk resolve --yes settles the payment once it is mined.");
        }
    }

    @Override
    public Object json() {
        var p = replacement.payment();
        return Json.obj("kind", replacement.kind().name().toLowerCase(java.util.Locale.ROOT), "member", p.member(),
                "replaces", p.txHash(), "nonce", p.nonce(), "to", replacement.to(), "valueWei", replacement.valueWei().toString(),
                "oldFees", StuckReport.feesJson(replacement.oldFees()), "newFees", StuckReport.feesJson(replacement.newFees()),
                "maxCostWei", replacement.maxCostWei().toString(), "sent", sentHash != null, "txHash", sentHash);
    }
}
