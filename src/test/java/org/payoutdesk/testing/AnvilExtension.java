package org.payoutdesk.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.payoutdesk.sandbox.LocalAnvil;

/**
 * One real anvil dev chain per test class ({@code @ExtendWith(AnvilExtension.class)}), so no state is
 * shared between classes. Tests receive the {@link LocalAnvil} as a parameter.
 */
public final class AnvilExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(AnvilExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NS).put("anvil", LocalAnvil.start());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        LocalAnvil anvil = context.getStore(NS).remove("anvil", LocalAnvil.class);
        if (anvil != null) anvil.close();
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == LocalAnvil.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        ExtensionContext c = e;
        while (c != null) {
            LocalAnvil a = c.getStore(NS).get("anvil", LocalAnvil.class);
            if (a != null) return a;
            c = c.getParent().orElse(null);
        }
        throw new IllegalStateException("AnvilExtension has no anvil for this context");
    }
}
