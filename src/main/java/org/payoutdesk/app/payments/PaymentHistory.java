package org.payoutdesk.app.payments;

import org.payoutdesk.ledger.Page;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.ledger.PoolLedger;

/**
 * What the history screen and the CSV export read: {@code payments:<login>}, or {@code payments:all}
 * when the login is blank, within a day range. Null login and range mean every payee and every day.
 */
record PaymentHistory(PoolLedger ledger, String login, PaymentDateRange range) {
    PaymentHistory {
        login = login == null ? "" : login.strip();
        range = range == null ? PaymentDateRange.ALL : range;
    }

    /** Every payee's payments, every day. */
    static PaymentHistory all(PoolLedger ledger) {
        return new PaymentHistory(ledger, "", PaymentDateRange.ALL);
    }

    /** The same ledger read for another payee and day range. */
    PaymentHistory with(String login, PaymentDateRange range) {
        return new PaymentHistory(ledger, login, range);
    }

    /** {@code limit} payments from {@code offset}, newest first (the day range is not applied here). */
    Page<PaymentRecord> read(long offset, int limit) {
        return login.isEmpty() ? ledger.payments(offset, limit) : ledger.payments(login, offset, limit);
    }
}
