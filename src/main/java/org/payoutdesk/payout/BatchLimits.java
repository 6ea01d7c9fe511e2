package org.payoutdesk.payout;

import java.math.BigInteger;
import org.payoutdesk.ledger.Finances;
import org.payoutdesk.ledger.PayeeRow;
import org.payoutdesk.money.Shannon;

/**
 * What one batch can pay without any number wrapping: every amount the pool's HINCRBYs add (miner pending and
 * paid, finances pending and paid) must stay an int64, or Redis refuses the increment after the transfer has left;
 * and no single payment can be more than any wallet of the coin could ever hold. A payment over a limit is held with
 * the reason, so one absurd row never stops the others (a wallet that is merely short stays the batch's FUNDS
 * blocker: the operator funds it). Sums are BigInteger.
 */
final class BatchLimits {
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /**
     * 10^9 coins, in Shannon: more than the whole supply of any Ethereum-family coin a pool pays (ETH about 1.2 x 10^8,
     * ETC at most 2.1 x 10^8), so a single balance above it is damage, not a debt.
     */
    static final long MAX_PAYMENT_SHANNON = 1_000_000_000L * Shannon.PER_ETH;

    private final Finances finances;
    private BigInteger total = BigInteger.ZERO;

    /** @param finances null when unknown (then only the batch total is bounded) */
    BatchLimits(Finances finances) {
        this.finances = finances;
    }

    /** Why {@code amount} to {@code row} cannot join the batch, or null when it can. */
    String refuse(PayeeRow row, long amount) {
        if (amount > MAX_PAYMENT_SHANNON) {
            return "balance " + Shannon.formatEth(amount) + " ETH is more than any wallet of the coin could ever hold "
                    + "(over " + Shannon.formatEth(MAX_PAYMENT_SHANNON) + "): a damaged row, not a debt";
        }
        BigInteger a = BigInteger.valueOf(amount);
        if (overflows(row.pending(), a)) return overflow(row.login() + " pending", row.pending(), amount);
        if (overflows(row.paid(), a)) return overflow(row.login() + " paid", row.paid(), amount);
        BigInteger withThis = total.add(a);
        if (withThis.compareTo(INT64_MAX) > 0) {
            return "the batch total would pass the int64 limit with this payment; it waits for a later batch";
        }
        if (finances != null) {
            if (overflows(finances.pending(), withThis)) return overflow("finances pending", finances.pending(), withThis);
            if (overflows(finances.paid(), withThis)) return overflow("finances paid", finances.paid(), withThis);
        }
        return null;
    }

    void take(long amount) {
        total = total.add(BigInteger.valueOf(amount));
    }

    /** The batch total; within int64 by construction. */
    long totalShannon() {
        return total.longValueExact();
    }

    private static boolean overflows(long field, BigInteger add) {
        return BigInteger.valueOf(field).add(add).compareTo(INT64_MAX) > 0;
    }

    private static String overflow(String field, long now, Object add) {
        return "paying it would take " + field + " past the int64 limit (" + now + " + " + add
                + " Shannon): Redis would refuse the pool's HINCRBY after the transfer left";
    }
}
