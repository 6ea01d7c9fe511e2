package org.payoutdesk.ledger;

import java.util.List;

/**
 * Result of checking the ledger invariants of SCHEMA.md. Empty violations means all hold.
 *
 * @param keyProblems every key of the wrong Redis type (or finances missing), each one, not a sample
 */
public record AuditReport(List<Violation> violations, List<String> checked, List<KeyProblem> keyProblems) {
    public AuditReport {
        violations = List.copyOf(violations);
        checked = List.copyOf(checked);
        keyProblems = List.copyOf(keyProblems);
    }

    public boolean clean() {
        return violations.isEmpty();
    }
}
