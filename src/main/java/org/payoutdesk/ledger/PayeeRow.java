package org.payoutdesk.ledger;

import java.util.List;

/**
 * One {@code <coin>:miners:<login>} hash plus its per-miner threshold, all amounts in Shannon.
 * A field that is missing reads as 0; one that does not parse reads as 0 and adds a problem.
 *
 * @param threshold    the per-miner threshold from {@code settings:<login>} in Shannon, or 0 when
 *                     none is set or it is <= 10 (the fork's "use the global one")
 * @param lastShare    unix seconds, 0 when unknown
 */
public record PayeeRow(String login, long balance, long immature, long pending, long paid,
                       long threshold, long lastShare, long blocksFound, List<Problem> problems) {
    public PayeeRow {
        problems = List.copyOf(problems);
    }

    /** True when nothing on this row stops it from being paid. */
    public boolean payable() {
        return problems.stream().noneMatch(Problem::blocksPayment);
    }
}
