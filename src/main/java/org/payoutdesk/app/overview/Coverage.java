package org.payoutdesk.app.overview;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.payoutdesk.money.Shannon;

/**
 * Wallet over owed, computed on integers: the percentage is rounded down to two decimals so
 * "100.00 %" is shown only when the wallet really covers every Shannon owed.
 *
 * @param walletWei   the pool wallet on chain
 * @param owedShannon finances balance + pending
 */
public record Coverage(BigInteger walletWei, BigInteger owedShannon) {
    public Coverage {
        if (walletWei == null || walletWei.signum() < 0) throw new IllegalArgumentException("walletWei");
        if (owedShannon == null) throw new IllegalArgumentException("owedShannon");
    }

    public Coverage(BigInteger walletWei, long owedShannon) {
        this(walletWei, BigInteger.valueOf(owedShannon));
    }

    public BigInteger owedWei() {
        return Shannon.toWei(owedShannon);
    }

    /** True when the wallet holds at least what is owed. */
    public boolean covered() {
        return walletWei.compareTo(owedWei()) >= 0;
    }

    /** wallet / owed × 100, rounded down to 2 decimals; empty when nothing is owed. */
    public java.util.Optional<BigDecimal> percent() {
        // A negative owed (a damaged finances hash, flagged by the audit) owes nothing to cover.
        if (owedShannon.signum() <= 0) return java.util.Optional.empty();
        BigInteger hundredths = walletWei.multiply(BigInteger.valueOf(10_000)).divide(owedWei());
        return java.util.Optional.of(new BigDecimal(hundredths, 2));
    }

    /** "101.25 %", or "nothing owed". */
    public String text() {
        return percent().map(p -> p.setScale(2, RoundingMode.UNNECESSARY).toPlainString() + " %").orElse("nothing owed");
    }

    /** What the wallet lacks (0 when covered), in wei. */
    public BigInteger shortfallWei() {
        return covered() ? BigInteger.ZERO : owedWei().subtract(walletWei);
    }
}
