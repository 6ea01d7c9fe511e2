package org.payoutdesk.ledger;

import java.util.List;

/** Result of checking the ledger invariants of SCHEMA.md. Empty violations means all hold. */
public record AuditReport(List<Violation> violations, List<String> checked) {
    public AuditReport {
        violations = List.copyOf(violations);
        checked = List.copyOf(checked);
    }

    public boolean clean() {
        return violations.isEmpty();
    }
}
