package org.payoutdesk.chain;

import java.math.BigInteger;

/**
 * The gas terms of a transaction: legacy ({@code gasPrice}) or EIP-1559 ({@code maxFeePerGas},
 * {@code maxPriorityFeePerGas}), with a gas limit (21000 for a plain transfer). Amounts are wei.
 */
public record Fees(Type type, BigInteger gasLimit, BigInteger gasPriceWei, BigInteger maxFeeWei,
                   BigInteger maxPriorityFeeWei) {
    public static final BigInteger TRANSFER_GAS = BigInteger.valueOf(21_000);

    public enum Type { LEGACY, EIP1559 }

    public Fees {
        if (type == null || gasLimit == null || gasLimit.signum() <= 0) {
            throw new IllegalArgumentException("fees need a type and a positive gas limit");
        }
        if (type == Type.LEGACY && (gasPriceWei == null || gasPriceWei.signum() < 0 || maxFeeWei != null)) {
            throw new IllegalArgumentException("legacy fees need a gas price >= 0 and no EIP-1559 fields");
        }
        if (type == Type.EIP1559) {
            if (gasPriceWei != null || maxFeeWei == null || maxPriorityFeeWei == null
                    || maxPriorityFeeWei.signum() < 0) {
                throw new IllegalArgumentException("EIP-1559 fees need maxFee and maxPriorityFee >= 0 and no gas price");
            }
            if (maxFeeWei.compareTo(maxPriorityFeeWei) < 0) {
                throw new IllegalArgumentException("maxFeePerGas " + maxFeeWei
                        + " is below maxPriorityFeePerGas " + maxPriorityFeeWei);
            }
        }
    }

    public static Fees legacy(BigInteger gasPriceWei) {
        return legacy(gasPriceWei, TRANSFER_GAS);
    }

    public static Fees legacy(BigInteger gasPriceWei, BigInteger gasLimit) {
        return new Fees(Type.LEGACY, gasLimit, gasPriceWei, null, null);
    }

    public static Fees eip1559(BigInteger maxFeeWei, BigInteger maxPriorityFeeWei) {
        return eip1559(maxFeeWei, maxPriorityFeeWei, TRANSFER_GAS);
    }

    public static Fees eip1559(BigInteger maxFeeWei, BigInteger maxPriorityFeeWei, BigInteger gasLimit) {
        return new Fees(Type.EIP1559, gasLimit, null, maxFeeWei, maxPriorityFeeWei);
    }

    /** The most this transaction can cost in gas: gasLimit * (gasPrice or maxFee), in wei. */
    public BigInteger maxCostWei() {
        return gasLimit.multiply(type == Type.LEGACY ? gasPriceWei : maxFeeWei);
    }
}
