package org.payoutdesk.cli;

import org.payoutdesk.wiring.SandboxLauncher;

import org.payoutdesk.wiring.GuiLauncher;

import org.payoutdesk.wiring.CommandFailure;

import java.util.Objects;

/**
 * What the command line dispatches to. {@code org.payoutdesk.Main} builds the real one; tests
 * pass their own. {@link #notWired()} is the state before the engine, window and sandbox exist.
 */
public record CommandWiring(DeskCommandsFactory headless, GuiLauncher gui, SandboxLauncher sandbox) {
    public CommandWiring {
        Objects.requireNonNull(headless, "headless");
        Objects.requireNonNull(gui, "gui");
        Objects.requireNonNull(sandbox, "sandbox");
    }

    /**
     * Every command says "not available yet" and fails (exit 1): nothing is faked. The headless
     * engine refuses to open, which the command line reports as that command's failure.
     */
    public static CommandWiring notWired() {
        return new CommandWiring(config -> {
                    throw notAvailable();
                },
                request -> {
                    throw notAvailable();
                },
                request -> {
                    throw notAvailable();
                });
    }

    /** Shown as "status: not available yet" (the output names the command). */
    private static CommandFailure notAvailable() {
        return new CommandFailure("not available yet");
    }

    public CommandWiring withHeadless(DeskCommandsFactory headless) {
        return new CommandWiring(headless, gui, sandbox);
    }

    public CommandWiring withGui(GuiLauncher gui) {
        return new CommandWiring(headless, gui, sandbox);
    }

    public CommandWiring withSandbox(SandboxLauncher sandbox) {
        return new CommandWiring(headless, gui, sandbox);
    }
}
