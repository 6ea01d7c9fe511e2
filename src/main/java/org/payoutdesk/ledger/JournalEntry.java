package org.payoutdesk.ledger;

import java.util.OptionalLong;

/**
 * The etclabscore journal for one pending member: {@code payments:pendingnonce} and
 * {@code payments:pendingtx} fields named {@code login:amount}. Either may be absent.
 *
 * @param txHash null when absent
 */
public record JournalEntry(String member, OptionalLong nonce, String txHash) {
}
