package org.payoutdesk.app.overview;

import java.util.Optional;
import org.payoutdesk.ledger.AuditReport;
import org.payoutdesk.ledger.Finances;

/** The pool-wide figures of the Overview, read together. */
public record OverviewSnapshot(Finances finances, int pendingCount, Optional<String> lock, AuditReport audit) {
}
