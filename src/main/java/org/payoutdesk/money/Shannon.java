package org.payoutdesk.money;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Ledger amounts are Shannon (10^9 wei, 10^-9 ETH) in a {@code long}; chain amounts are wei in a
 * {@link BigInteger}. Conversions here are exact; there is no floating point anywhere.
 */
public final class Shannon {
    public static final long PER_ETH = 1_000_000_000L;
    public static final BigInteger WEI_PER_SHANNON = BigInteger.valueOf(1_000_000_000L);

    private Shannon() {
    }

    public static BigInteger toWei(long shannon) {
        return BigInteger.valueOf(shannon).multiply(WEI_PER_SHANNON);
    }

    /** A sum of Shannon (which may exceed a long) in wei. */
    public static BigInteger toWei(BigInteger shannon) {
        return shannon.multiply(WEI_PER_SHANNON);
    }

    /** Exact Shannon of a wei amount; throws when it is not a whole number of Shannon or overflows a long. */
    public static long fromWeiExact(BigInteger wei) {
        BigInteger[] qr = wei.divideAndRemainder(WEI_PER_SHANNON);
        if (qr[1].signum() != 0) {
            throw new ArithmeticException(wei + " wei is not a whole number of Shannon");
        }
        return qr[0].longValueExact();
    }

    /** Whole Shannon in a wei amount, rounded towards zero (for displaying wallet balances). */
    public static long fromWeiFloor(BigInteger wei) {
        BigInteger s = wei.divide(WEI_PER_SHANNON);
        // Saturate instead of wrapping: a wallet beyond int64 Shannon must not display as a negative number.
        if (s.bitLength() >= 64) return s.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        return s.longValue();
    }

    /** "1.5", "0.000000001", "-2": the exact ETH value with at most 9 decimals, trailing zeros dropped. */
    public static String formatEth(long shannon) {
        return BigDecimal.valueOf(shannon, 9).stripTrailingZeros().toPlainString();
    }

    /** {@link #formatEth(long)} of a sum that may exceed a long. */
    public static String formatEth(BigInteger shannon) {
        return new BigDecimal(shannon, 9).stripTrailingZeros().toPlainString();
    }

    /** "1.500000000": exactly 9 decimals, for aligned columns. */
    public static String formatEthFixed(long shannon) {
        return BigDecimal.valueOf(shannon, 9).toPlainString();
    }

    /** wei as exact ETH (18 decimals at most). */
    public static String formatWeiAsEth(BigInteger wei) {
        BigDecimal eth = new BigDecimal(wei, 18).stripTrailingZeros();
        return eth.scale() < 0 ? eth.setScale(0).toPlainString() : eth.toPlainString();
    }

    /** wei as ETH with exactly 9 decimals, cut towards zero (below a Shannon shows only on hover or in wei). */
    public static String formatWeiAsEthFixed(BigInteger wei) {
        return new BigDecimal(wei, 18).setScale(9, java.math.RoundingMode.DOWN).toPlainString();
    }

    /** Parses "1.5" ETH into Shannon; refuses more than 9 decimals rather than rounding. */
    public static long parseEth(String eth) {
        BigDecimal v = new BigDecimal(eth.strip());
        return v.movePointRight(9).longValueExact();
    }
}
