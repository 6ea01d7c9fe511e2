package org.payoutdesk.app.pending;

import java.util.Locale;
import org.payoutdesk.ledger.PendingPayment;

/**
 * Where a reconciliation's block scan is: {@code done} of {@code total} blocks searched for {@code entry}'s
 * transfer, up to block {@code currentBlock}, in blocks {@code fromBlock..lastBlock}.
 *
 * @param stopping the operator pressed Cancel and the scan is winding down
 */
public record ScanFigures(PendingPayment entry, long fromBlock, long lastBlock, long done, long total,
                          long currentBlock, boolean stopping) {

    public double fraction() {
        return total <= 0 ? 0 : Math.min(1.0, (double) done / total);
    }

    /** "Scanning blocks 1,200 of 5,000". */
    public String text() {
        return String.format(Locale.ROOT, "Scanning blocks %,d of %,d", done, total);
    }

    ScanFigures withStopping() {
        return new ScanFigures(entry, fromBlock, lastBlock, done, total, currentBlock, true);
    }
}
