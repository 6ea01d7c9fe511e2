package org.payoutdesk.app.review;

import java.util.List;
import org.payoutdesk.payout.ReceiptCheck;

/** "3 confirmed, 1 reverted, 0 not mined": counts of followed receipts. */
public record ReceiptSummary(int confirmed, int reverted, int notMined) {

    public static ReceiptSummary of(List<ReceiptCheck> checks) {
        int c = 0, r = 0, n = 0;
        for (ReceiptCheck k : checks) {
            switch (k.status()) {
                case CONFIRMED -> c++;
                case REVERTED -> r++;
                case NOT_MINED -> n++;
            }
        }
        return new ReceiptSummary(c, r, n);
    }

    public String text() {
        return confirmed + " confirmed, " + reverted + " reverted, " + notMined + " not mined yet";
    }
}
