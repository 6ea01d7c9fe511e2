package org.payoutdesk.ledger;

import java.util.List;

/** Every payee of the pool, with how many Redis round trips the load took. */
public record PayeeTable(List<PayeeRow> rows, long roundTrips) {
    public PayeeTable {
        rows = List.copyOf(rows);
    }
}
