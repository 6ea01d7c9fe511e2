package org.payoutdesk.config;

import java.util.Objects;

/**
 * The pool's {@code redis} section. {@code endpoint} is split into host and port when read.
 *
 * @param poolSize connections; the pool's Redis client uses 10 when the config says 0 or nothing
 */
public record RedisConfig(String host, int port, int poolSize, int database, String password) {
    public static final int DEFAULT_POOL_SIZE = 10;

    public RedisConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(password, "password");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** A local Redis on the given port, database 0, no password (the sandbox). */
    public static RedisConfig local(int port) {
        return new RedisConfig("127.0.0.1", port, DEFAULT_POOL_SIZE, 0, "");
    }

    /** "host:port" as in the config file; an IPv6 host is bracketed. */
    public String endpoint() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    public boolean hasPassword() {
        return !password.isEmpty();
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "RedisConfig[" + endpoint() + "/" + database + ", poolSize=" + poolSize
                + (hasPassword() ? ", password=***" : "") + "]";
    }
}
