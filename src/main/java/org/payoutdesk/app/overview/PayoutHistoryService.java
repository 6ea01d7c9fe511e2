package org.payoutdesk.app.overview;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.payoutdesk.app.shared.LedgerLoad;
import org.payoutdesk.ledger.Page;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.ledger.PoolLedger;

/** Reads {@code payments:all} newest first, page by page, until it leaves the last 30 days
 * (which holds the last 7 days of the paid-in-24 h / 7 d sums). */
public final class PayoutHistoryService extends LedgerLoad<PayoutHistory> {
    public static final int DAYS = 30;
    private static final int PAGE = 500;
    private final PoolLedger ledger;

    public PayoutHistoryService(PoolLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    protected Callable<PayoutHistory> work() {
        return () -> {
            ZoneId zone = ZoneId.systemDefault();
            PayoutsPerDay perDay = new PayoutsPerDay(LocalDate.now(zone), DAYS, zone);
            PaidWindows paid = new PaidWindows(java.time.Instant.now().getEpochSecond());
            PayoutHistory out = new PayoutHistory(perDay, paid);
            long offset = 0;
            while (true) {
                Page<PaymentRecord> page = ledger.payments(offset, PAGE);
                for (PaymentRecord p : page.items()) {
                    paid.add(p.timestamp(), p.amount());
                    if (!perDay.add(p.timestamp(), p.amount())) return out;
                }
                offset += page.items().size();
                if (page.items().isEmpty() || offset >= page.total()) return out;
            }
        };
    }
}
