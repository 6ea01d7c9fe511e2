package org.payoutdesk.ledger;

import java.time.Duration;
import java.util.Objects;
import org.payoutdesk.config.RedisAddress;
import org.payoutdesk.config.RedisDeployment;

/**
 * Where the pool's Redis is: the config's redis section ({@code endpoint} is "host:port"; with
 * Sentinel, host is "" and port 0 when the config has no endpoint) and how it is reached.
 */
public record RedisEndpoint(String host, int port, int database, String password, Duration timeout,
                            RedisDeployment deployment) {
    public RedisEndpoint {
        Objects.requireNonNull(deployment, "deployment");
    }

    /** A standalone Redis, plain TCP, the default user. */
    public RedisEndpoint(String host, int port, int database, String password, Duration timeout) {
        this(host, port, database, password, timeout, RedisDeployment.standalone());
    }

    public String display() {
        String where = deployment.sentinel().map(s -> s.display()).orElseGet(() -> new RedisAddress(host, port).display());
        return where + (database != 0 ? "/" + database : "");
    }
}
