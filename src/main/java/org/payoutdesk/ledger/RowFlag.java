package org.payoutdesk.ledger;

/** What can be wrong with one ledger row read from a years-old production Redis. */
public enum RowFlag {
    /** Login is not 0x + 40 lower-case hex digits. */
    BAD_LOGIN,
    /** A numeric field (balance, immature, pending, paid, threshold, amount, score) is not a base-10 int64. */
    BAD_NUMBER,
    /** Balance (or another amount that must not be) is negative. */
    NEGATIVE,
    /** A sorted-set member or lock value does not have the expected login:amount / txHash:... shape. */
    BAD_MEMBER,
    /** The row's key (miners:, settings:) holds another Redis type than a hash; nothing of it can be read. */
    WRONG_TYPE,
    /** A key the schema needs (finances) does not exist. */
    MISSING,
    /** A member in the open-etc-pool-friends fork format (with txcharges); parsed, shown, informational. */
    FORK_FORMAT
}
