package org.payoutdesk.app.review;

import java.util.concurrent.Callable;
import org.payoutdesk.app.shared.LedgerLoad;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutPlan;

/** Builds the payout plan off the JavaFX thread: reads every payee, the pending set, the lock and the node. */
public final class PlanService extends LedgerLoad<PayoutPlan> {
    private final PaymentDesk desk;

    public PlanService(PaymentDesk desk) {
        this.desk = desk;
    }

    @Override
    protected Callable<PayoutPlan> work() {
        return () -> desk.plan(0);
    }
}
