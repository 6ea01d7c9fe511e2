package org.payoutdesk.app.payments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.payoutdesk.app.shared.LedgerLoad;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.ReceiptCheck;

/** Asks the node for the receipt of each transaction on the shown page (one call per hash, no waiting). */
public final class ReceiptStatusService extends LedgerLoad<Map<String, ReceiptCheck.Status>> {
    private final PaymentDesk desk;
    private List<String> hashes = List.of();

    public ReceiptStatusService(PaymentDesk desk) {
        this.desk = desk;
    }

    public void check(List<String> txHashes) {
        hashes = List.copyOf(txHashes);
        restart();
    }

    @Override
    protected Callable<Map<String, ReceiptCheck.Status>> work() {
        List<String> todo = hashes;
        return () -> {
            Map<String, ReceiptCheck.Status> out = new LinkedHashMap<>();
            for (String h : todo) {
                if (Thread.currentThread().isInterrupted()) break;
                if (h != null && !out.containsKey(h)) out.put(h, desk.receiptStatus(h));
            }
            return out;
        };
    }
}
