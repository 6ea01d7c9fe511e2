package org.payoutdesk.payout;

import java.math.BigInteger;
import java.util.List;

/**
 * The batch the engine would pay now, what it holds back, the money figures, and the problems
 * that block sending. Built by {@link Planner}; nothing here has been written anywhere.
 *
 * @param totalShannon      sum of the planned amounts
 * @param gasPerPaymentWei  gas limit times the price used for the estimate
 * @param txChargeWei       the friends fork's network fee kept per payment (keepNwFees), 0 when off
 */
public record PayoutPlan(List<PlannedPayment> payments, List<HeldPayment> held, List<Blocker> blockers,
                         long totalShannon, BigInteger gasPerPaymentWei, BigInteger walletWei,
                         long globalThreshold, NodeState node, BigInteger txChargeWei, boolean keepNwFees) {
    public PayoutPlan(List<PlannedPayment> payments, List<HeldPayment> held, List<Blocker> blockers,
                      long totalShannon, BigInteger gasPerPaymentWei, BigInteger walletWei, long globalThreshold, NodeState node) {
        this(payments, held, blockers, totalShannon, gasPerPaymentWei, walletWei, globalThreshold, node, BigInteger.ZERO, false);
    }

    public PayoutPlan {
        txChargeWei = txChargeWei == null ? BigInteger.ZERO : txChargeWei;
        payments = List.copyOf(payments);
        held = List.copyOf(held);
        blockers = List.copyOf(blockers);
    }

    public BigInteger totalWei() {
        return org.payoutdesk.money.Shannon.toWei(totalShannon);
    }

    /** What leaves the wallet for the payments: the amounts less the network fees kept (keepNwFees). */
    public BigInteger sentWei() {
        return totalWei().subtract(txChargeWei.multiply(BigInteger.valueOf(payments.size())));
    }

    /** The wei a payee receives for a planned payment (amount less the fee kept). */
    public BigInteger receivesWei(PlannedPayment p) {
        return org.payoutdesk.money.Shannon.toWei(p.amount()).subtract(txChargeWei);
    }

    /** Blocked only by the gas ceiling: the batch is deferred, a cron job just runs again later. */
    public boolean deferred() {
        return !blockers.isEmpty() && blockers.stream().allMatch(b -> b.kind() == Blocker.Kind.GAS_CEILING);
    }

    public BigInteger estimatedGasWei() {
        return gasPerPaymentWei.multiply(BigInteger.valueOf(payments.size()));
    }

    /** Wallet balance after every planned payment and its gas; negative when short. */
    public BigInteger walletAfterWei() {
        return walletWei.subtract(sentWei()).subtract(estimatedGasWei());
    }

    public boolean sendable() {
        return blockers.isEmpty() && !payments.isEmpty();
    }
}
