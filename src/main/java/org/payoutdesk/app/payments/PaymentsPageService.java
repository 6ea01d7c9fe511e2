package org.payoutdesk.app.payments;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.payoutdesk.app.LedgerLoad;
import org.payoutdesk.ledger.Page;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.ledger.PoolLedger;

/** One page of the payment history, newest first: {@code payments:all} or {@code payments:<login>}. */
public final class PaymentsPageService extends LedgerLoad<PaymentsPageService.Result> {
    public static final int PAGE_SIZE = 100;

    /** The rows of one page and where it sits in the whole history. */
    public record Result(List<PaymentRowModel> rows, long offset, long total, String login) {
    }

    private final PoolLedger ledger;
    private String login = "";
    private long offset;

    public PaymentsPageService(PoolLedger ledger) {
        this.ledger = ledger;
    }

    /** Loads the page at {@code offset} for {@code login} (blank: every payee), cancelling any stale load. */
    public void load(String login, long offset) {
        this.login = login == null ? "" : login.strip();
        this.offset = Math.max(0, offset);
        restart();
    }

    @Override
    protected Callable<Result> work() {
        String who = login;
        long from = offset;
        return () -> {
            Page<PaymentRecord> page = who.isEmpty()
                    ? ledger.payments(from, PAGE_SIZE)
                    : ledger.payments(who, from, PAGE_SIZE);
            ZoneId zone = ZoneId.systemDefault();
            return new Result(page.items().stream().map(p -> PaymentRowModel.of(p, zone)).toList(),
                    page.offset(), page.total(), who);
        };
    }
}
