package org.payoutdesk.ledger;

/** What a key of the pool's ledger is for (SCHEMA.md's key table), with the Redis type it must have. */
public enum KeyRole {
    MINER("hash"),
    SETTINGS("hash"),
    LOGIN_PAYMENTS("zset"),
    FINANCES("hash"),
    PENDING("zset"),
    LOCK("string"),
    ALL_PAYMENTS("zset"),
    PENDING_NONCE("hash"),
    PENDING_TX("hash");

    private final String type;

    KeyRole(String type) {
        this.type = type;
    }

    /** The Redis TYPE reply this key must give. */
    public String type() {
        return type;
    }
}
