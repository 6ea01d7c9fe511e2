package org.payoutdesk.payout;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The fee settings of stuck payments, the gas ceiling and the friends fork's fee pass-through, apart
 * from {@link PayoutSettings} so they grow on their own.
 *
 * @param gasCeilingWei   {@code desk.gasCeiling}: no batch starts while the base fee (or the legacy gas
 *                        price) is above it; null for none
 * @param feeBumpPercent  a speed-up or cancel raises every fee field by this much (default 12.5)
 * @param keepNwFees      open-etc-pool-friends' {@code payouts.keepNwFees}: the miner receives
 *                        amount*1e9 - {@code nwTxChargeWei} and the members carry {@code :txcharges}
 * @param nwTxChargeWei   {@code nwTxGas * nwTxGasPrice} in wei (0 when keepNwFees is off)
 */
public record FeeRules(BigInteger gasCeilingWei, BigDecimal feeBumpPercent, boolean keepNwFees, BigInteger nwTxChargeWei) {
    public static final BigDecimal DEFAULT_BUMP_PERCENT = new BigDecimal("12.5");
    /** geth's txpool.pricebump, the usual replacement minimum: every fee field +10 %. */
    public static final BigDecimal REPLACEMENT_MINIMUM_PERCENT = BigDecimal.TEN;
    public static final FeeRules NONE = new FeeRules(null, DEFAULT_BUMP_PERCENT, false, BigInteger.ZERO);

    public FeeRules {
        Objects.requireNonNull(feeBumpPercent, "feeBumpPercent");
        nwTxChargeWei = keepNwFees ? Objects.requireNonNull(nwTxChargeWei, "nwTxChargeWei") : BigInteger.ZERO;
        if (nwTxChargeWei.signum() < 0 || nwTxChargeWei.bitLength() > 63) {
            throw new IllegalArgumentException("nwTxGas * nwTxGasPrice must fit the fork's int64 txcharges: " + nwTxChargeWei);
        }
    }

    /** Whether gas is above {@code desk.gasCeiling} now, so that no batch would start (false without a ceiling). */
    public boolean aboveCeiling(NodeState node) {
        return GasCeiling.blocker(gasCeilingWei, node).isPresent();
    }

    /** The wei the miner receives for {@code amount} Shannon owed. */
    public BigInteger receivedWei(long amountShannon) {
        return org.payoutdesk.money.Shannon.toWei(amountShannon).subtract(nwTxChargeWei);
    }

    /** What the fork writes as {@code txcharges} (wei), or -1 when the members carry none. */
    public long txCharges() {
        return keepNwFees ? nwTxChargeWei.longValueExact() : -1;
    }
}
