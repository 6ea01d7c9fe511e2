package org.payoutdesk.app.finances;

import java.util.Objects;
import org.payoutdesk.payout.FinancesDay;

/** One row of the Finances table: a UTC day, or the total of the range (its own style). */
public record FinancesRow(String label, FinancesDay figures, boolean total) {
    public FinancesRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(figures, "figures");
    }

    static FinancesRow of(FinancesDay d) {
        return new FinancesRow(d.day().toString(), d, false);
    }

    static FinancesRow total(FinancesDay sum) {
        return new FinancesRow("Total", sum, true);
    }
}
