package org.payoutdesk.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.payoutdesk.sandbox.LocalRedis;

/**
 * One real Redis server per test class ({@code @ExtendWith(RedisExtension.class)}), so no state is
 * shared between classes. Tests receive the {@link LocalRedis} as a parameter.
 */
public final class RedisExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(RedisExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NS).put("redis", LocalRedis.start());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        LocalRedis redis = context.getStore(NS).remove("redis", LocalRedis.class);
        if (redis != null) redis.close();
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == LocalRedis.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        ExtensionContext c = e;
        while (c != null) {
            LocalRedis r = c.getStore(NS).get("redis", LocalRedis.class);
            if (r != null) return r;
            c = c.getParent().orElse(null);
        }
        throw new IllegalStateException("RedisExtension has no server for this context");
    }
}
