package org.payoutdesk.payout;

import java.math.BigInteger;
import java.util.Optional;

/** {@code desk.gasCeiling}: while the base fee (or a legacy chain's gas price) is above it, no batch starts. */
final class GasCeiling {
    private GasCeiling() { }

    static Optional<Blocker> blocker(BigInteger ceilingWei, NodeState node) {
        if (ceilingWei == null || node.nodeProblem() != null) return Optional.empty();
        BigInteger now = node.ceilingMeasureWei();
        if (now == null || now.compareTo(ceilingWei) <= 0) return Optional.empty();
        String what = node.baseFeeWei() != null ? "base fee" : "gas price";
        return Optional.of(new Blocker(Blocker.Kind.GAS_CEILING, what + " " + FeeBump.gwei(now) + " gwei is above the ceiling "
                + FeeBump.gwei(ceilingWei) + " gwei: payouts deferred",
                "Wait until gas is cheaper (a scheduled pay simply runs again later), or raise desk.gasCeiling."));
    }
}
