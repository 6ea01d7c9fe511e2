package org.payoutdesk.app.payments;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.payoutdesk.app.LedgerLoad;
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

    private final PoolLedger ledger;
    private String login = "";
    private long offset;
    private PaymentDateRange range = PaymentDateRange.ALL;

    public PaymentsPageService(PoolLedger ledger) {
        this.ledger = ledger;
    }

    /** Loads the page at {@code offset} for {@code login} (blank: every payee), cancelling any stale load. */
    public void load(String login, long offset) {
        load(login, offset, PaymentDateRange.ALL);
    }

    public void load(String login, long offset, PaymentDateRange range) {
        this.login = login == null ? "" : login.strip();
        this.offset = Math.max(0, offset);
        this.range = range == null ? PaymentDateRange.ALL : range;
        restart();
    }

    @Override
    protected Callable<Result> work() {
        String who = login;
        long from = offset;
        PaymentDateRange days = range;
        return () -> {
            ZoneId zone = ZoneId.systemDefault();
            if (days.all()) {
                Page<PaymentRecord> page = read(who, from, PAGE_SIZE);
                return new Result(page.items().stream().map(p -> PaymentRowModel.of(p, zone)).toList(),
                        page.offset(), page.total(), who);
            }
            long total = read(who, 0, 1).total();
            long[] slice = days.slice(total, i -> {
                List<PaymentRecord> one = read(who, i, 1).items();
                return one.isEmpty() ? Long.MIN_VALUE : one.getFirst().timestamp();
            }, zone);
            long inRange = slice[1] - slice[0];
            long start = Math.min(from, Math.max(0, inRange - 1));
            int count = (int) Math.max(0, Math.min(PAGE_SIZE, inRange - start));
            List<PaymentRecord> items = count == 0 ? List.of() : read(who, slice[0] + start, count).items();
            return new Result(items.stream().map(p -> PaymentRowModel.of(p, zone)).toList(), start, inRange, who);
        };
    }

    private Page<PaymentRecord> read(String who, long from, int limit) {
        return who.isEmpty() ? ledger.payments(from, limit) : ledger.payments(who, from, limit);
    }
}
