package org.payoutdesk.app.review;

import java.math.BigInteger;
import org.payoutdesk.money.Shannon;

/**
 * The money figures of the ticked rows: what the confirmation lists and the send rule checks.
 *
 * @param gasWei  estimated gas: count × the plan's gas per payment
 */
public record ReviewTotals(int count, long totalShannon, BigInteger gasWei, BigInteger walletWei) {

    public BigInteger totalWei() {
        return Shannon.toWei(totalShannon);
    }

    /** Wallet after the ticked payments and their gas; negative when the wallet is short. */
    public BigInteger walletAfterWei() {
        return walletWei.subtract(totalWei()).subtract(gasWei);
    }

    public boolean walletShort() {
        return walletAfterWei().signum() < 0;
    }
}
