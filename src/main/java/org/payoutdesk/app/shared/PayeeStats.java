package org.payoutdesk.app.shared;

import java.math.BigInteger;
import java.util.List;

/** Figures over the whole payee table, computed with the table off the JavaFX thread. */
public record PayeeStats(int payees, int overThreshold, int flagged, int withPending, BigInteger totalBalance,
                         BigInteger totalPending, BalanceBuckets buckets) {

    public static PayeeStats of(List<PayeeRowModel> rows) {
        int over = 0;
        int flagged = 0;
        int pending = 0;
        // Sums over 100,000 rows of a years-old ledger: BigInteger, so one absurd row cannot wrap or throw.
        BigInteger balance = BigInteger.ZERO;
        BigInteger pendingSum = BigInteger.ZERO;
        BalanceBuckets buckets = new BalanceBuckets();
        for (PayeeRowModel m : rows) {
            if (m.overThreshold() && m.row().payable()) over++;
            if (m.flagged()) flagged++;
            if (m.hasPending()) pending++;
            balance = balance.add(BigInteger.valueOf(m.balance()));
            pendingSum = pendingSum.add(BigInteger.valueOf(m.pending()));
            buckets.add(m.balance());
        }
        return new PayeeStats(rows.size(), over, flagged, pending, balance, pendingSum, buckets);
    }
}
