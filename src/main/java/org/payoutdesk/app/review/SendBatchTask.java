package org.payoutdesk.app.review;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import org.payoutdesk.payout.BatchListener;
import org.payoutdesk.payout.BatchResult;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutPlan;
import org.payoutdesk.payout.PlannedPayment;

/**
 * Runs an approved batch on its own thread. The stop flag is read by the engine between payments,
 * so "stop" never interrupts a payment half-way (cancel() is not used for that reason).
 */
public final class SendBatchTask extends Task<BatchResult> {
    private final PaymentDesk desk;
    private final PayoutPlan plan;
    private final List<PlannedPayment> approved;
    private final boolean waitEach;
    private final AtomicBoolean stop;
    private final BatchListener listener;

    public SendBatchTask(PaymentDesk desk, PayoutPlan plan, List<PlannedPayment> approved, boolean waitEach,
                         AtomicBoolean stop, BatchListener listener) {
        this.desk = desk;
        this.plan = plan;
        this.approved = List.copyOf(approved);
        this.waitEach = waitEach;
        this.stop = stop;
        this.listener = listener;
    }

    @Override
    protected BatchResult call() {
        return desk.pay(plan, approved, waitEach, stop::get, listener);
    }
}
