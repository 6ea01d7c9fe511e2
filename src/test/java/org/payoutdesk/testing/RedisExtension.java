package org.payoutdesk.testing;

import org.payoutdesk.sandbox.LocalRedis;

/**
 * One real Redis server per test class ({@code @ExtendWith(RedisExtension.class)}), so no state is
 * shared between classes. Tests receive the {@link LocalRedis} as a parameter.
 */
public final class RedisExtension extends ServerPerClassExtension<LocalRedis> {
    public RedisExtension() {
        super(LocalRedis.class, LocalRedis::start);
    }
}
