package org.payoutdesk.app.shared;

import java.util.List;

/** Figures over the whole payee table, computed with the table off the JavaFX thread. */
public record PayeeStats(int payees, int overThreshold, int flagged, int withPending, long totalBalance,
                         long totalPending, BalanceBuckets buckets) {

    public static PayeeStats of(List<PayeeRowModel> rows) {
        int over = 0;
        int flagged = 0;
        int pending = 0;
        long balance = 0;
        long pendingSum = 0;
        BalanceBuckets buckets = new BalanceBuckets();
        for (PayeeRowModel m : rows) {
            if (m.overThreshold() && m.row().payable()) over++;
            if (m.flagged()) flagged++;
            if (m.hasPending()) pending++;
            balance = Math.addExact(balance, m.balance());
            pendingSum = Math.addExact(pendingSum, m.pending());
            buckets.add(m.balance());
        }
        return new PayeeStats(rows.size(), over, flagged, pending, balance, pendingSum, buckets);
    }
}
