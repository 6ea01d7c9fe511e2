package org.payoutdesk.cli;

import org.payoutdesk.payout.FinancesBook;

/** finances: the last {@code days} UTC days, today included. */
public record FinancesRequest(int days) {
    public static final int DEFAULT_DAYS = FinancesBook.DEFAULT_DAYS;
    public static final int MAX_DAYS = FinancesBook.MAX_DAYS;
}
