package org.payoutdesk.payout;

import java.math.BigInteger;
import java.util.List;

/**
 * The batch the engine would pay now, what it holds back, the money figures, and the problems
 * that block sending. Built by {@link Planner}; nothing here has been written anywhere.
 *
 * @param totalShannon      sum of the planned amounts
 * @param gasPerPaymentWei  gas limit times the price used for the estimate
 */
public record PayoutPlan(List<PlannedPayment> payments, List<HeldPayment> held, List<Blocker> blockers,
                         long totalShannon, BigInteger gasPerPaymentWei, BigInteger walletWei,
                         long globalThreshold, NodeState node) {
    public PayoutPlan {
        payments = List.copyOf(payments);
        held = List.copyOf(held);
        blockers = List.copyOf(blockers);
    }

    public BigInteger totalWei() {
        return org.payoutdesk.money.Shannon.toWei(totalShannon);
    }

    public BigInteger estimatedGasWei() {
        return gasPerPaymentWei.multiply(BigInteger.valueOf(payments.size()));
    }

    /** Wallet balance after every planned payment and its gas; negative when short. */
    public BigInteger walletAfterWei() {
        return walletWei.subtract(totalWei()).subtract(estimatedGasWei());
    }

    public boolean sendable() {
        return blockers.isEmpty() && !payments.isEmpty();
    }
}
