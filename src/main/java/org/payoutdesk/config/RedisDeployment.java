package org.payoutdesk.config;

import java.util.Objects;
import java.util.Optional;

/**
 * How the pool's Redis is reached beyond host and port: through Sentinel (the pool's
 * {@code sentinelEnabled}/{@code masterName}/{@code sentinelAddrs}), over TLS (a {@code rediss://}
 * endpoint or {@code desk.redisTls}) and as an ACL user ({@code desk.redisUser}, with the pool's
 * {@code password}). Kept out of {@link DeskSettings} so the desk section's other fields stay apart.
 */
public record RedisDeployment(Optional<RedisSentinel> sentinel, Optional<RedisTls> tls, Optional<String> user) {
    public RedisDeployment {
        Objects.requireNonNull(sentinel, "sentinel");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(user, "user");
    }

    /** One Redis at the endpoint, plain TCP, the default user (what the Go pool does). */
    public static RedisDeployment standalone() {
        return new RedisDeployment(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static RedisDeployment sentinel(String masterName, java.util.List<RedisAddress> sentinels) {
        return new RedisDeployment(Optional.of(new RedisSentinel(masterName, sentinels)), Optional.empty(), Optional.empty());
    }

    public RedisDeployment withTls(RedisTls tls) {
        return new RedisDeployment(sentinel, Optional.of(tls), user);
    }

    public RedisDeployment withUser(String user) {
        return new RedisDeployment(sentinel, tls, Optional.of(user));
    }
}
