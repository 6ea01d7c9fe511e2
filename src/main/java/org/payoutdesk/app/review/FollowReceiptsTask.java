package org.payoutdesk.app.review;

import java.time.Duration;
import java.util.List;
import javafx.concurrent.Task;
import org.payoutdesk.payout.PaidPayment;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.ReceiptCheck;

/** Step 7 for a finished batch: polls the receipts every second until all are mined or the limit passes. */
public final class FollowReceiptsTask extends Task<List<ReceiptCheck>> {
    private final PaymentDesk desk;
    private final List<PaidPayment> paid;
    private final Duration limit;

    public FollowReceiptsTask(PaymentDesk desk, List<PaidPayment> paid, Duration limit) {
        this.desk = desk;
        this.paid = List.copyOf(paid);
        this.limit = limit;
    }

    @Override
    protected List<ReceiptCheck> call() {
        return desk.followReceipts(paid, limit, Duration.ofSeconds(1));
    }
}
