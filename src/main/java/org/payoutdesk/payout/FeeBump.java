package org.payoutdesk.payout;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.payoutdesk.chain.Fees;
import org.payoutdesk.chain.FeeSuggestion;

/**
 * The fees of a replacement (speed-up or cancel): the same fee type as the stuck transaction, every
 * field raised by the bump and at least by the nodes' replacement minimum (10 %), lifted to what the
 * node suggests now when that is higher, and never above {@code desk.maxFeePerGas}. Pure arithmetic in wei.
 */
public final class FeeBump {
    private FeeBump() { }

    /**
     * @param now     the node's suggestion now (null on a legacy chain or when unknown)
     * @param nowPrice the node's gas price now (legacy), or null
     * @param capWei  desk.maxFeePerGas, or null
     * @throws PaymentException when the cap leaves less than the replacement minimum
     */
    public static Fees bump(Fees old, BigDecimal percent, FeeSuggestion now, BigInteger nowPrice, BigInteger capWei) {
        if (percent.compareTo(FeeRules.REPLACEMENT_MINIMUM_PERCENT) < 0) {
            throw new PaymentException("a fee bump of " + percent.toPlainString() + " % is below the nodes' replacement minimum of "
                    + FeeRules.REPLACEMENT_MINIMUM_PERCENT + " %: the node would refuse it as underpriced");
        }
        if (old.type() == Fees.Type.LEGACY) {
            BigInteger price = raise(old.gasPriceWei(), percent);
            if (nowPrice != null) price = price.max(nowPrice);
            price = capped(price, capWei, minimum(old.gasPriceWei()), "gasPrice");
            return Fees.legacy(price, old.gasLimit());
        }
        BigInteger tip = raise(old.maxPriorityFeeWei(), percent);
        BigInteger max = raise(old.maxFeeWei(), percent);
        if (now != null) {
            tip = tip.max(now.priorityFeeWei());
            max = max.max(now.maxFeeWei());
        }
        max = capped(max, capWei, minimum(old.maxFeeWei()), "maxFeePerGas");
        tip = tip.min(max);
        if (tip.compareTo(minimum(old.maxPriorityFeeWei())) < 0) {
            throw new PaymentException("maxPriorityFeePerGas cannot be raised by " + FeeRules.REPLACEMENT_MINIMUM_PERCENT
                    + " % within maxFeePerGas " + gwei(max) + " gwei");
        }
        return Fees.eip1559(max, tip, old.gasLimit());
    }

    /** value * (1 + percent/100), rounded up to the next wei. */
    static BigInteger raise(BigInteger value, BigDecimal percent) {
        return new BigDecimal(value).multiply(BigDecimal.ONE.add(percent.movePointLeft(2)))
                .setScale(0, RoundingMode.CEILING).toBigIntegerExact();
    }

    static BigInteger minimum(BigInteger old) {
        return raise(old, FeeRules.REPLACEMENT_MINIMUM_PERCENT);
    }

    private static BigInteger capped(BigInteger value, BigInteger cap, BigInteger minimum, String field) {
        if (cap == null || value.compareTo(cap) <= 0) return value;
        if (cap.compareTo(minimum) < 0) {
            throw new PaymentException(field + " would have to rise to at least " + gwei(minimum)
                    + " gwei to replace the transaction, above desk.maxFeePerGas " + gwei(cap) + " gwei");
        }
        return cap;
    }

    /** Wei as gwei, exact: "12.5". */
    public static String gwei(BigInteger wei) {
        return new BigDecimal(wei).movePointLeft(9).stripTrailingZeros().toPlainString();
    }
}
