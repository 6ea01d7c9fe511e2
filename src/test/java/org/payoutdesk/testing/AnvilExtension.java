package org.payoutdesk.testing;

import org.payoutdesk.sandbox.LocalAnvil;

/**
 * One real anvil dev chain per test class ({@code @ExtendWith(AnvilExtension.class)}), so no state is
 * shared between classes. Tests receive the {@link LocalAnvil} as a parameter.
 */
public final class AnvilExtension extends ServerPerClassExtension<LocalAnvil> {
    public AnvilExtension() {
        super(LocalAnvil.class, LocalAnvil::start);
    }
}
