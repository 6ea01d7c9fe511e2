package org.payoutdesk.sandbox;

import java.util.List;

/**
 * What {@link SandboxSeeder} wrote. Amounts in Shannon.
 *
 * @param minerCount     {@code miners:*} hashes written (malformed ones included)
 * @param overThreshold  miners whose balance parses and is strictly greater than their threshold
 *                       (the per-miner {@code payoutthreshold} when it is > 10, else the global one):
 *                       the payees the Go pool would try this round, bad logins included
 * @param totalBalance   Σ miners.balance over the values that parse (the "12abc" one is left out,
 *                       the negative one counts); equals finances.balance
 * @param totalImmature  Σ miners.immature; equals finances.immature
 * @param totalPending   Σ miners.pending; equals finances.pending and the two stuck amounts
 * @param totalPaid      Σ miners.paid; equals finances.paid and Σ amounts in payments:all
 * @param payments       members in {@code payments:all}
 * @param malformedLogins {@code miners:*} logins that are not 0x + 40 lower-case hex
 */
public record SeedSummary(String coin, int minerCount, long globalThreshold, int overThreshold,
                          long totalBalance, long totalImmature, long totalPending, long totalPaid,
                          int payments, List<StuckPayment> stuckPayments, List<String> malformedLogins,
                          List<Malformation> malformations) {
    public SeedSummary {
        stuckPayments = List.copyOf(stuckPayments);
        malformedLogins = List.copyOf(malformedLogins);
        malformations = List.copyOf(malformations);
    }
}
