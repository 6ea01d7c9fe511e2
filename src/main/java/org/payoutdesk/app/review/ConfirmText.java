package org.payoutdesk.app.review;

import java.math.BigInteger;
import java.util.Locale;
import org.payoutdesk.app.shared.Amounts;

/** The last question before money leaves: every money figure of the batch, spelled out exactly. */
public final class ConfirmText {
    private ConfirmText() {
    }

    /**
     * @param signer   who signs ("the node's account" / "the local keystore")
     */
    public static String of(ReviewTotals t, String fromAddress, String signer, long chainId) {
        return String.join("\n",
                "Send " + t.count() + " payment" + (t.count() == 1 ? "" : "s") + " now?",
                "",
                "Payments:        " + t.count(),
                "Total:           " + Amounts.ethWithUnit(t.totalShannon()) + " (" + Amounts.shannonHint(t.totalShannon()) + ")",
                "Estimated gas:   " + eth(t.gasWei()) + " (" + wei(t.gasWei()) + ")",
                "Wallet now:      " + eth(t.walletWei()) + " (" + wei(t.walletWei()) + ")",
                "Wallet after:    " + eth(t.walletAfterWei()) + " (" + wei(t.walletAfterWei()) + ")",
                "From:            " + fromAddress,
                "Signed by:       " + signer,
                "Chain id:        " + chainId,
                "",
                "Each payee is debited in the ledger, then paid on chain. This cannot be undone.");
    }

    /** 9 decimals like every amount; the exact wei follows in brackets. */
    static String eth(BigInteger wei) {
        return Amounts.ethRounded(wei);
    }

    static String wei(BigInteger wei) {
        return String.format(Locale.ROOT, "%,d wei", wei);
    }
}
