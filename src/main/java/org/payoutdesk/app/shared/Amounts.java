package org.payoutdesk.app.shared;

import java.util.Locale;
import org.payoutdesk.money.Shannon;

/** How amounts look in the window: ETH with 9 decimals, exact Shannon on hover. */
public final class Amounts {
    /** CSS class for right-aligned monospaced amounts. */
    public static final String STYLE = "amount";

    private Amounts() {
    }

    public static String eth(long shannon) {
        return Shannon.formatEthFixed(shannon);
    }

    /**
     * A wei amount as ETH without the unit: 9 decimals like every other amount, more only when the
     * amount has wei below a Shannon (a fee kept at an odd gas price), so it is never rounded.
     */
    public static String eth(java.math.BigInteger wei) {
        java.math.BigDecimal exact = new java.math.BigDecimal(wei, 18).stripTrailingZeros();
        return exact.setScale(Math.max(9, exact.scale())).toPlainString();
    }

    public static String ethWithUnit(long shannon) {
        return Shannon.formatEthFixed(shannon) + " ETH";
    }

    /**
     * A wei amount as ETH with 9 decimals like every other amount; wei below a Shannon are cut (toward zero),
     * the exact integer is in {@link #weiHint}, which goes on the tooltip.
     */
    public static String ethWithUnit(java.math.BigInteger wei) {
        return ethWithUnit(wei, java.math.RoundingMode.DOWN);
    }

    /** Like {@link #ethWithUnit(java.math.BigInteger)}, rounding as told: a shortfall rounds up, never to zero. */
    public static String ethWithUnit(java.math.BigInteger wei, java.math.RoundingMode rounding) {
        return new java.math.BigDecimal(wei, 18).setScale(9, rounding).toPlainString() + " ETH";
    }

    /**
     * A wei amount as ETH with 9 decimals like every other amount in the window, rounded half up to the
     * Shannon; "≈ " in front when that dropped a remainder below a Shannon (the exact wei goes on hover).
     */
    public static String ethRounded(java.math.BigInteger wei) {
        java.math.BigDecimal exact = new java.math.BigDecimal(wei, 18);
        java.math.BigDecimal shown = exact.setScale(9, java.math.RoundingMode.HALF_UP);
        return (shown.compareTo(exact) == 0 ? "" : "≈ ") + shown.toPlainString() + " ETH";
    }

    /** "1,500,000,000,000,000,000 wei": the exact on-chain integer. */
    public static String weiHint(java.math.BigInteger wei) {
        return String.format(Locale.ROOT, "%,d wei", wei);
    }

    /** A sum of Shannon that may exceed a long (totals over a whole ledger), as ETH with 9 decimals. */
    public static String ethWithUnitOfShannon(java.math.BigInteger shannon) {
        return new java.math.BigDecimal(shannon, 9).toPlainString() + " ETH";
    }

    public static String shannonHint(java.math.BigInteger shannon) {
        return String.format(Locale.ROOT, "%,d Shannon", shannon);
    }

    /** "1,500,000,000 Shannon": the exact stored integer, grouped for reading. */
    public static String shannonHint(long shannon) {
        return String.format(Locale.ROOT, "%,d Shannon", shannon);
    }
}
