package org.payoutdesk.config;

import java.util.Objects;

/**
 * The pool's {@code redis} section. {@code endpoint} is split into host and port when read; with
 * Sentinel in use the endpoint is not used (and may be absent: host "" and port 0).
 *
 * @param poolSize   connections; the pool's Redis client uses 10 when the config says 0 or nothing
 * @param deployment Sentinel, TLS and ACL user; {@link RedisDeployment#standalone()} for the pool's default
 */
public record RedisConfig(String host, int port, int poolSize, int database, String password, RedisDeployment deployment) {
    public static final int DEFAULT_POOL_SIZE = 10;

    public RedisConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(deployment, "deployment");
        boolean noEndpoint = host.isEmpty() && port == 0;
        if (!(noEndpoint && deployment.sentinel().isPresent()) && (port < 1 || port > 65535)) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** A standalone Redis at host:port, plain TCP, the default user. */
    public RedisConfig(String host, int port, int poolSize, int database, String password) {
        this(host, port, poolSize, database, password, RedisDeployment.standalone());
    }

    /** A local Redis on the given port, database 0, no password (the sandbox). */
    public static RedisConfig local(int port) {
        return new RedisConfig("127.0.0.1", port, DEFAULT_POOL_SIZE, 0, "");
    }

    /** "host:port" as in the config file (IPv6 bracketed), or the Sentinel master and its sentinels. */
    public String endpoint() {
        if (deployment.sentinel().isPresent()) return deployment.sentinel().get().display();
        return new RedisAddress(host, port).display();
    }

    public boolean hasPassword() {
        return !password.isEmpty();
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "RedisConfig[" + endpoint() + "/" + database + ", poolSize=" + poolSize
                + (deployment.tls().isPresent() ? ", tls" : "")
                + deployment.user().map(u -> ", user=" + u).orElse("")
                + (hasPassword() ? ", password=***" : "") + "]";
    }
}
