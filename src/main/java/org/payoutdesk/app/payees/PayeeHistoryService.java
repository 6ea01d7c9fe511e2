package org.payoutdesk.app.payees;

import java.util.concurrent.Callable;
import org.payoutdesk.app.shared.LedgerLoad;
import org.payoutdesk.ledger.Page;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.ledger.PoolLedger;

/** The last 50 payments of the selected payee ({@code payments:<login>}). */
public final class PayeeHistoryService extends LedgerLoad<Page<PaymentRecord>> {
    static final int LIMIT = 50;
    private final PoolLedger ledger;
    private String login;

    public PayeeHistoryService(PoolLedger ledger) {
        this.ledger = ledger;
    }

    /** Loads the history of {@code login}, cancelling the load for the previous selection. */
    public void load(String login) {
        this.login = login;
        restart();
    }

    @Override
    protected Callable<Page<PaymentRecord>> work() {
        String who = login;
        return () -> ledger.payments(who, 0, LIMIT);
    }
}
