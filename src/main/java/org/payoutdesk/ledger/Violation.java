package org.payoutdesk.ledger;

/** One broken ledger invariant with the numbers that break it (Shannon where amounts). */
public record Violation(String invariant, String detail, long expected, long actual) {
}
