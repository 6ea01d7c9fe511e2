package org.payoutdesk.app.payments;

import org.payoutdesk.app.shared.PaymentRowModel;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.payoutdesk.app.shared.LedgerLoad;
import org.payoutdesk.ledger.Page;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.ledger.PoolLedger;

/**
 * One page of the payment history, newest first: {@code payments:all} or {@code payments:<login>},
 * optionally within a day range (offsets then count inside the range).
 */
public final class PaymentsPageService extends LedgerLoad<PaymentsPageService.Result> {
    public static final int PAGE_SIZE = 100;

    /** The rows of one page and where it sits in the (filtered) history. */
    public record Result(List<PaymentRowModel> rows, long offset, long total, String login) {
    }

    private PaymentHistory history;
    private long offset;

    public PaymentsPageService(PoolLedger ledger) {
        this.history = PaymentHistory.all(ledger);
    }

    /** Loads the page at {@code offset} for {@code login} (blank: every payee), cancelling any stale load. */
    public void load(String login, long offset) {
        load(login, offset, PaymentDateRange.ALL);
    }

    public void load(String login, long offset, PaymentDateRange range) {
        this.history = history.with(login, range);
        this.offset = Math.max(0, offset);
        restart();
    }

    @Override
    protected Callable<Result> work() {
        PaymentHistory history = this.history;
        String who = history.login();
        PaymentDateRange days = history.range();
        long from = offset;
        return () -> {
            ZoneId zone = ZoneId.systemDefault();
            if (days.all()) {
                Page<PaymentRecord> page = history.read(from, PAGE_SIZE);
                return new Result(page.items().stream().map(p -> PaymentRowModel.of(p, zone)).toList(),
                        page.offset(), page.total(), who);
            }
            long total = history.read(0, 1).total();
            long[] slice = days.slice(total, i -> {
                List<PaymentRecord> one = history.read(i, 1).items();
                return one.isEmpty() ? Long.MIN_VALUE : one.getFirst().timestamp();
            }, zone);
            long inRange = slice[1] - slice[0];
            long start = Math.min(from, Math.max(0, inRange - 1));
            int count = (int) Math.max(0, Math.min(PAGE_SIZE, inRange - start));
            List<PaymentRecord> items = count == 0 ? List.of() : history.read(slice[0] + start, count).items();
            return new Result(items.stream().map(p -> PaymentRowModel.of(p, zone)).toList(), start, inRange, who);
        };
    }
}
