package org.payoutdesk.app.overview;

import java.math.BigInteger;

/** One point of the wallet-vs-owed chart: when, the wallet in wei, the owed amount in Shannon. */
public record WalletSample(long epochSecond, BigInteger walletWei, long owedShannon) {
    public WalletSample {
        if (walletWei == null || walletWei.signum() < 0) throw new IllegalArgumentException("walletWei");
        if (owedShannon < 0) throw new IllegalArgumentException("owedShannon < 0");
    }

    /** The CSV line: {@code epochSecond,walletWei,owedShannon}. */
    String line() {
        return epochSecond + "," + walletWei + "," + owedShannon;
    }
}
