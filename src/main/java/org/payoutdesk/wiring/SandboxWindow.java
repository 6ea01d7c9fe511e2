package org.payoutdesk.wiring;

import java.io.PrintStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.payoutdesk.app.DeskApp;
import org.payoutdesk.app.review.BatchShutdownHook;
import org.payoutdesk.app.review.RunningBatch;
import org.payoutdesk.config.ConfigException;
import org.payoutdesk.sandbox.Sandbox;

/**
 * {@code payout-desk sandbox}: starts the {@link Sandbox} (embedded Redis, anvil, seeded ledger, real
 * stuck transfer), says on stdout what runs where, opens the window titled "Sandbox" on it, and stops
 * everything when the window closes (Ctrl-C is covered by the sandbox's shutdown hook).
 */
public final class SandboxWindow implements SandboxLauncher {
    public static final String TITLE = "Sandbox";

    private final PrintStream out;
    private final PrintStream err;
    private final GuiWindow.DisplayGate display;
    private final Function<Boolean, Sandbox> starter;
    private final WindowOpener opener;

    public SandboxWindow(PrintStream out, PrintStream err, GuiWindow.DisplayGate display,
                         Function<Boolean, Sandbox> starter, WindowOpener opener) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.display = Objects.requireNonNull(display, "display");
        this.starter = Objects.requireNonNull(starter, "starter");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    /** The real one: stdout/stderr, the process's display, {@link Sandbox#start(boolean)}, {@code DeskApp.launch}. */
    public static SandboxWindow standard() {
        return new SandboxWindow(System.out, System.err, DisplayCheck::problem, Sandbox::start, DeskApp::launch);
    }

    @Override
    public int launch(SandboxRequest request) {
        Optional<String> noDisplay = display.problem();
        if (noDisplay.isPresent()) {
            err.println(noDisplay.get());
            err.flush();
            return ExitCode.USAGE;
        }
        out.println("Starting the sandbox (embedded Redis, anvil dev chain, 5,000 seeded miners)...");
        out.flush();
        Sandbox sandbox;
        try {
            sandbox = starter.apply(request.readOnly());
        } catch (RuntimeException e) {
            throw new CommandFailure("the sandbox could not start: " + e.getMessage(), e);
        }
        try (sandbox) {
            sandbox.describe().forEach(out::println);
            out.flush();
            // Ctrl-C during a payout: the batch ends its payment before Redis and anvil go.
            sandbox.beforeShutdown(() -> RunningBatch.drainCurrent(BatchShutdownHook.GRACE));
            AssembledDesk assembled = open(sandbox);
            try {
                return WindowRun.open(opener, GuiWindow.context(assembled, sandbox.config(), TITLE, request.readOnly()),
                        err);
            } finally {
                assembled.close();
            }
        } finally {
            out.println("Sandbox stopped: Redis and anvil are gone, their temporary directories removed.");
            out.flush();
        }
    }

    /** The sandbox's config is built in code; if the desk cannot open on it, that is our bug, not the user's. */
    public static AssembledDesk open(Sandbox sandbox) {
        try {
            return DeskAssembly.open(sandbox.config());
        } catch (ConfigException | DeskUnavailableException e) {
            throw new CommandFailure("the sandbox's desk could not open: " + e.getMessage(), e);
        }
    }
}
