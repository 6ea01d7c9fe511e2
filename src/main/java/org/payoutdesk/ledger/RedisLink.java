package org.payoutdesk.ledger;

import java.util.Optional;

/**
 * The link to the pool's Redis as it is now: the master in use ("host:port"; with Sentinel it moves
 * on a failover), whether it is TLS, the Sentinel master name and the ACL user, when there are.
 * Read without a round trip, so the status bar can show it on every ping.
 */
public record RedisLink(String master, boolean tls, Optional<String> sentinelMaster, Optional<String> user) {
}
