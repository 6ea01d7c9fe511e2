package org.payoutdesk.ledger;

/**
 * One pool key that has the wrong Redis type, or is missing where SCHEMA.md needs it. Such a key is never
 * written to by a payment: the pool's MULTI groups would fail on it half-way, after the transfer had left.
 *
 * @param key      the whole key
 * @param role     what the schema uses it for
 * @param login    the miner it belongs to, for per-miner keys; null for pool-wide ones
 * @param found    the type Redis reports ({@code none} when missing)
 * @param expected the type the schema says
 */
public record KeyProblem(String key, KeyRole role, String login, String found, String expected) {
    /** A reason a person can act on, naming the key and both types. */
    public String reason() {
        if ("none".equals(found)) {
            return key + " is missing (the schema needs a " + expected + " there)";
        }
        return key + " is a " + found + ", not a " + expected;
    }

    /** True for pool-wide keys that a payment writes (or reads to decide): no payment may be sent while one is bad. */
    public boolean blocksEveryPayment() {
        return login == null;
    }
}
