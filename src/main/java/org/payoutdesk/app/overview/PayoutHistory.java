package org.payoutdesk.app.overview;

/** What the Overview reads from {@code payments:all}: the per-day chart and the 24 h / 7 d sums. */
public record PayoutHistory(PayoutsPerDay perDay, PaidWindows paid) {
}
