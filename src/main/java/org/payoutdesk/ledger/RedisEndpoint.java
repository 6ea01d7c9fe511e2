package org.payoutdesk.ledger;

import java.time.Duration;

/** Where the pool's Redis is: the config's redis section ({@code endpoint} is "host:port"). */
public record RedisEndpoint(String host, int port, int database, String password, Duration timeout) {
    public String display() {
        return host + ":" + port + (database != 0 ? "/" + database : "");
    }
}
