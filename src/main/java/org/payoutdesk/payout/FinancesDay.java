package org.payoutdesk.payout;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The pool's money on one UTC day. A block counts on the day the unlocker credited it; a payment on the day
 * WritePayment recorded it. Sums in BigInteger: a day of a big pool can exceed what a long holds in wei.
 *
 * @param blocks          matured blocks credited that day
 * @param rewardWei       Σ block rewards (credits:all)
 * @param creditedShannon Σ credited to miners (credits:&lt;height&gt;:&lt;hash&gt;)
 * @param keptWei         rewardWei − creditedShannon × 10^9: the pool's share kept
 * @param payments        payments:all members
 * @param paidShannon     Σ paid out
 * @param feesWei         Σ network fees known (the open-etc-pool-friends fork's txcharges, wei)
 */
public record FinancesDay(LocalDate day, int blocks, BigInteger rewardWei, BigInteger creditedShannon, BigInteger keptWei,
                          int payments, BigInteger paidShannon, BigInteger feesWei) {
    public FinancesDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(rewardWei, "rewardWei");
        Objects.requireNonNull(creditedShannon, "creditedShannon");
        Objects.requireNonNull(keptWei, "keptWei");
        Objects.requireNonNull(paidShannon, "paidShannon");
        Objects.requireNonNull(feesWei, "feesWei");
    }

    /** A day with nothing on it. */
    public static FinancesDay empty(LocalDate day) {
        return new FinancesDay(day, 0, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, 0, BigInteger.ZERO, BigInteger.ZERO);
    }

    /** Money that came in: the rewards, in wei. */
    public BigInteger inWei() {
        return rewardWei;
    }

    /** Money that went out of the pool's wallet: payments and fees, in wei. */
    public BigInteger outWei() {
        return paidShannon.multiply(org.payoutdesk.money.Shannon.WEI_PER_SHANNON).add(feesWei);
    }

    /** This day and {@code other} added up (the day is this one's): for totals over a range. */
    public FinancesDay plus(FinancesDay other) {
        return new FinancesDay(day, blocks + other.blocks, rewardWei.add(other.rewardWei),
                creditedShannon.add(other.creditedShannon), keptWei.add(other.keptWei), payments + other.payments,
                paidShannon.add(other.paidShannon), feesWei.add(other.feesWei));
    }
}
