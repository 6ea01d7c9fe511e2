package org.payoutdesk.testing;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real server per test class, so no state is shared between classes: started before the class,
 * closed after it, and given to the tests as a parameter of type {@code T}.
 */
abstract class ServerPerClassExtension<T extends AutoCloseable>
        implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private final Class<T> type;
    private final Supplier<T> start;
    private final ExtensionContext.Namespace namespace = ExtensionContext.Namespace.create(getClass());

    ServerPerClassExtension(Class<T> type, Supplier<T> start) {
        this.type = type;
        this.start = start;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(namespace).put("server", start.get());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        T server = context.getStore(namespace).remove("server", type);
        if (server != null) server.close();
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == type;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        ExtensionContext c = e;
        while (c != null) {
            T server = c.getStore(namespace).get("server", type);
            if (server != null) return server;
            c = c.getParent().orElse(null);
        }
        throw new IllegalStateException(getClass().getSimpleName() + " has no server for this context");
    }
}
