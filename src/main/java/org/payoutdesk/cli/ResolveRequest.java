package org.payoutdesk.cli;

/** resolve: without {@code act} only the verdicts are shown; with --yes the conclusive ones are applied. */
public record ResolveRequest(boolean act) {
}
