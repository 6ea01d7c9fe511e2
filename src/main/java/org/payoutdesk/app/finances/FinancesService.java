package org.payoutdesk.app.finances;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.payoutdesk.app.ViewContext;
import org.payoutdesk.app.shared.LedgerLoad;
import org.payoutdesk.config.Addresses;
import org.payoutdesk.payout.FinancesBook;
import org.payoutdesk.payout.FinancesReport;

/**
 * Reads the report of the model's range off the JavaFX thread; the wallet is asked of the node when the window
 * has the payout engine and a pool address, else it shows as unknown. A restart drops a stale read.
 */
public final class FinancesService extends LedgerLoad<FinancesReport> {
    private final FinancesBook book;
    private int days = FinancesBook.DEFAULT_DAYS;

    public FinancesService(ViewContext context, Clock clock) {
        var desk = context.desk();
        if (desk != null) {
            String address = desk.settings().poolAddress();
            boolean set = address != null && Addresses.isAddress(address) && !Addresses.isZero(address);
            this.book = FinancesBook.of(desk, set, clock);
        } else {
            this.book = new FinancesBook(context.ledger(), () -> FinancesBook.Wallet.unknown("no node in this window"), clock);
        }
    }

    /** The range of the next read (JavaFX thread). */
    public void setDays(int days) {
        this.days = days;
    }

    @Override
    protected Callable<FinancesReport> work() {
        int d = days;
        return () -> book.report(d);
    }
}
