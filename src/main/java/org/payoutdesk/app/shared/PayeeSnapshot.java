package org.payoutdesk.app.shared;

import java.util.List;

/** The payee table as loaded at one moment, ready for display, and its figures. */
public record PayeeSnapshot(List<PayeeRowModel> rows, PayeeStats stats, long roundTrips, long loadMillis) {
    public PayeeSnapshot {
        rows = List.copyOf(rows);
    }
}
