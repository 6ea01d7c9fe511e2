package org.payoutdesk.sandbox;

/**
 * One deliberately malformed piece of the seeded ledger, so the UI tour and the tests know where
 * it is.
 *
 * @param key    the Redis key holding it
 * @param field  the hash field, or the sorted-set member for member-shape problems, or "" for a key name
 * @param raw    the raw value exactly as stored
 * @param reason what is wrong with it
 */
public record Malformation(String key, String field, String raw, String reason) {
}
