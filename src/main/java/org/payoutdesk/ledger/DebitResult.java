package org.payoutdesk.ledger;

/** Outcome of the guarded debit (WATCH miners:login, check balance >= amount, UpdateBalance MULTI). */
public sealed interface DebitResult {
    /** The pool's UpdateBalance ran: balance -a, pending +a on the miner and finances, pending member added. */
    record Debited(String member, long timestamp) implements DebitResult { }

    /** Nothing was written, with why (balance too low, malformed balance, changed under WATCH twice...). */
    record Refused(String reason, long balance) implements DebitResult { }
}
