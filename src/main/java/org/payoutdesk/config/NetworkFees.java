package org.payoutdesk.config;

import java.math.BigInteger;
import java.util.Objects;

/**
 * open-etc-pool-friends' fee pass-through in the payouts section: with {@code keepNwFees} the miner
 * receives amount*1e9 - nwTxGas*nwTxGasPrice wei and the payment members carry that charge (wei).
 */
public record NetworkFees(boolean keepNwFees, BigInteger nwTxGas, BigInteger nwTxGasPrice) {
    public NetworkFees {
        Objects.requireNonNull(nwTxGas, "nwTxGas");
        Objects.requireNonNull(nwTxGasPrice, "nwTxGasPrice");
    }

    public static NetworkFees off() {
        return new NetworkFees(false, BigInteger.ZERO, BigInteger.ZERO);
    }

    /** The fork's TxCharges: nwTxGasPrice * nwTxGas, wei (0 when off). */
    public BigInteger chargeWei() {
        return keepNwFees ? nwTxGas.multiply(nwTxGasPrice) : BigInteger.ZERO;
    }
}
