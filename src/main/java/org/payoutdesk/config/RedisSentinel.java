package org.payoutdesk.config;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The pool's Sentinel keys as open-etc-pool-friends reads them: {@code redis.sentinelEnabled},
 * {@code redis.masterName}, {@code redis.sentinelAddrs}. Like the fork, Sentinel is used only when
 * it is enabled AND both the master name and at least one address are set; otherwise
 * {@code redis.endpoint} is, so both programs always talk to the same Redis.
 */
public record RedisSentinel(String masterName, List<RedisAddress> sentinels) {
    public RedisSentinel {
        Objects.requireNonNull(masterName, "masterName");
        sentinels = List.copyOf(sentinels);
        if (masterName.isEmpty() || sentinels.isEmpty()) {
            throw new IllegalArgumentException("a sentinel deployment needs a master name and an address");
        }
    }

    /** "mymaster via sentinels 10.0.0.1:26379,10.0.0.2:26379". */
    public String display() {
        return masterName + " via sentinels " + sentinels.stream().map(RedisAddress::display).collect(Collectors.joining(","));
    }
}
