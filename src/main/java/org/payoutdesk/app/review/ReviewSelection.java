package org.payoutdesk.app.review;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.Blocker;
import org.payoutdesk.payout.PayoutPlan;
import org.payoutdesk.payout.PlannedPayment;

/**
 * Which planned payments the operator approves (all ticked at first), the totals of those, and
 * whether they may be sent. Plain Java: the view binds to it, the tests drive it directly.
 * <p>
 * The plan's "funds short" blocker is about the whole plan; its remedy is to untick rows, so here it
 * is recomputed from the ticked rows and the plan handed to the engine drops it once they fit. Every
 * other blocker stays as the engine reported it.
 */
public final class ReviewSelection {
    private final PayoutPlan plan;
    private final Set<String> ticked = new HashSet<>();

    public ReviewSelection(PayoutPlan plan) {
        this.plan = plan;
        tickAll();
    }

    public PayoutPlan plan() {
        return plan;
    }

    public boolean isTicked(PlannedPayment p) {
        return ticked.contains(p.login());
    }

    public void tick(PlannedPayment p, boolean on) {
        if (!plan.payments().contains(p)) throw new IllegalArgumentException(p.login() + " is not in the plan");
        if (on) ticked.add(p.login()); else ticked.remove(p.login());
    }

    public void tickAll() {
        plan.payments().forEach(p -> ticked.add(p.login()));
    }

    public void tickNone() {
        ticked.clear();
    }

    /** The ticked payments in plan order (biggest first), as the engine will pay them. */
    public List<PlannedPayment> ticked() {
        return plan.payments().stream().filter(this::isTicked).toList();
    }

    public ReviewTotals totals() {
        List<PlannedPayment> t = ticked();
        long total = 0;
        for (PlannedPayment p : t) total = Math.addExact(total, p.amount());
        BigInteger gas = plan.gasPerPaymentWei().multiply(BigInteger.valueOf(t.size()));
        return new ReviewTotals(t.size(), total, gas, plan.walletWei());
    }

    /** The plan's blockers, with "funds short" judged on the ticked rows instead of the whole plan. */
    public List<Blocker> blockers() {
        List<Blocker> out = new ArrayList<>();
        boolean nodeDown = false;
        for (Blocker b : plan.blockers()) {
            if (b.kind() == Blocker.Kind.NODE) nodeDown = true;
            if (b.kind() != Blocker.Kind.FUNDS) out.add(b);
        }
        ReviewTotals t = totals();
        if (!nodeDown && t.walletShort()) {
            out.add(new Blocker(Blocker.Kind.FUNDS, "the wallet holds " + Shannon.formatWeiAsEth(t.walletWei())
                    + " ETH but the ticked payments need " + Shannon.formatWeiAsEth(t.totalWei().add(t.gasWei()))
                    + " ETH with gas", "Fund the pool address or untick rows."));
        }
        return List.copyOf(out);
    }

    /**
     * Why "Approve and send" is not allowed now, or null when it is.
     *
     * @param readOnly  the window or the engine is read-only
     * @param hasDesk   a payout engine is there
     */
    public String whyNotSend(boolean readOnly, boolean hasDesk) {
        if (!hasDesk) return "No payout engine: start Payout Desk with the pool's config to pay.";
        if (readOnly || plan.blockers().stream().anyMatch(b -> b.kind() == Blocker.Kind.READ_ONLY)) {
            return "Read-only mode: nothing can be sent.";
        }
        List<Blocker> blockers = blockers();
        if (!blockers.isEmpty()) return "Blocked: " + blockers.getFirst().message() + ".";
        ReviewTotals t = totals();
        if (t.count() == 0) return "Nothing is ticked.";
        if (t.walletShort()) return "The wallet is short for the ticked payments.";
        return null;
    }

    public boolean canSend(boolean readOnly, boolean hasDesk) {
        return whyNotSend(readOnly, hasDesk) == null;
    }

    /** The plan to hand to the engine: only valid when {@link #canSend} holds. */
    public PayoutPlan approvedPlan() {
        if (!blockers().isEmpty()) throw new IllegalStateException("the review has blocking problems");
        List<Blocker> kept = plan.blockers().stream().filter(b -> b.kind() != Blocker.Kind.FUNDS).toList();
        return new PayoutPlan(plan.payments(), plan.held(), kept, plan.totalShannon(), plan.gasPerPaymentWei(),
                plan.walletWei(), plan.globalThreshold(), plan.node(), plan.txChargeWei(), plan.keepNwFees());
    }
}
