package org.payoutdesk.app.payees;

import org.payoutdesk.app.shared.PayeeRowModel;

/** The filter choices above the payee table. */
public enum PayeeFilter {
    ALL("All payees"),
    OVER_THRESHOLD("Over threshold"),
    FLAGGED("Flagged"),
    HAS_PENDING("Has pending");

    private final String label;

    PayeeFilter(String label) {
        this.label = label;
    }

    public boolean accepts(PayeeRowModel m) {
        return switch (this) {
            case ALL -> true;
            case OVER_THRESHOLD -> m.overThreshold();
            case FLAGGED -> m.flagged();
            case HAS_PENDING -> m.hasPending();
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
