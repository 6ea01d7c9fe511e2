package org.payoutdesk.cli;

import java.util.OptionalInt;

/** plan: at most {@code max} payees, as {@code pay --max} would send. */
public record PlanRequest(OptionalInt max) {
}
