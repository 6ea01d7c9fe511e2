package org.payoutdesk.ledger;

import java.util.List;
import java.util.OptionalLong;

/**
 * The etclabscore journal for one pending member: {@code payments:pendingnonce} and
 * {@code payments:pendingtx} fields named {@code login:amount}. Either may be absent.
 *
 * @param txHash   null when absent
 * @param problems a nonce that is not a decimal int64 (then {@code nonce} is empty) or a malformed
 *                 hash; a reconciler must not read such an entry as "no journal"
 */
public record JournalEntry(String member, OptionalLong nonce, String txHash, List<Problem> problems) {
    public JournalEntry {
        problems = List.copyOf(problems);
    }

    public JournalEntry(String member, OptionalLong nonce, String txHash) {
        this(member, nonce, txHash, List.of());
    }
}
