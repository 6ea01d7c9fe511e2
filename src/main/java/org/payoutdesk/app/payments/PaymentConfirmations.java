package org.payoutdesk.app.payments;

import org.payoutdesk.app.shared.Amounts;
import org.payoutdesk.ledger.PaymentRecord;

/** The text the operator confirms before a reverted payment is credited back. */
public final class PaymentConfirmations {
    private PaymentConfirmations() {
    }

    public static String creditBack(PaymentRecord p) {
        return "This payment's transaction reverted on chain: the miner never got the money.\n"
                + "  login        " + p.login() + "\n"
                + "  amount       " + Amounts.ethWithUnit(p.amount()) + " (" + Amounts.shannonHint(p.amount()) + ")\n"
                + "  transaction  " + p.txHash() + "\n\n"
                + "Credit back removes the payment from the history, lowers the miner's paid total and returns "
                + Amounts.ethWithUnit(p.amount()) + " to the balance; the next batch pays it again."
                + " The engine checks the receipt once more before writing.";
    }
}
