package org.payoutdesk.wiring;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.payoutdesk.app.AppContext;
import org.payoutdesk.app.DeskApp;
import org.payoutdesk.app.WindowAborted;
import org.payoutdesk.config.ConfigException;
import org.payoutdesk.config.DeskConfig;
import org.payoutdesk.config.DeskSettings;
import org.payoutdesk.payout.KeystoreUnlock;

/**
 * {@code payout-desk gui}: the window on the pool's own Redis and node. Everything that can be wrong
 * (no config, a bad config, no display) is said in one place and exits 2 before any window opens or
 * anything is connected; an unreachable Redis is one line and exit 1.
 */
public final class GuiWindow implements GuiLauncher {
    private final PrintStream err;
    private final ConfigLocator locator;
    private final DisplayGate display;
    private final WindowOpener opener;

    /** Whether a window can open; {@link DisplayCheck#problem()} in production. */
    @FunctionalInterface
    public interface DisplayGate {
        Optional<String> problem();
    }

    public GuiWindow(PrintStream err, ConfigLocator locator, DisplayGate display, WindowOpener opener) {
        this.err = Objects.requireNonNull(err, "err");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.display = Objects.requireNonNull(display, "display");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    /** The real one: stderr, ./config.json or the XDG config, the process's display, {@code DeskApp.launch}. */
    public static GuiWindow standard() {
        return new GuiWindow(System.err, ConfigLocator.standard(), DisplayCheck::problem, DeskApp::launch);
    }

    @Override
    public int launch(GuiRequest request) {
        DeskConfig config;
        try {
            config = request.config().isPresent() ? request.config().get() : found();
            DeskAssembly.settings(config); // every config problem before the display's
        } catch (ConfigException e) {
            return usage(e.getMessage());
        }
        boolean readOnly = request.readOnly() || config.desk().readOnly();
        if (readOnly) config = config.withDesk(config.desk().withReadOnly(true));
        Optional<String> noDisplay = display.problem();
        if (noDisplay.isPresent()) return usage(noDisplay.get());
        // Redis and the node are connected while the JavaFX toolkit starts: the window waits for them
        // before it is built, and does not open when they fail (then the same message and exit as before).
        org.payoutdesk.app.StartupMarks.mark("config");
        CompletableFuture<AssembledDesk> assembling = assemble(config);
        int code;
        try {
            code = WindowRun.open(opener, deferredContext(assembling, config, readOnly), err);
        } catch (RuntimeException | Error e) {
            assembling.thenAccept(AssembledDesk::close);
            throw e;
        }
        AssembledDesk assembled;
        try {
            assembled = assembling.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ConfigException c) return usage(c.getMessage());
            if (e.getCause() instanceof DeskUnavailableException u) throw new CommandFailure(u.getMessage(), u);
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
        assembled.close();
        return code;
    }

    private static CompletableFuture<AssembledDesk> assemble(DeskConfig config) {
        CompletableFuture<AssembledDesk> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(DeskAssembly.openForWindow(config));
            } catch (ConfigException | RuntimeException e) {
                f.completeExceptionally(e);
            }
        }, "desk-assembly");
        t.setDaemon(true);
        t.start();
        return f;
    }

    /** The window's context whose engine is the assembly's, waited for when the window first asks for it. */
    private static AppContext deferredContext(CompletableFuture<AssembledDesk> assembling, DeskConfig config, boolean readOnly) {
        return AppContext.forDesk(() -> {
            try {
                return assembling.join().desk();
            } catch (CompletionException e) {
                throw new WindowAborted(e.getCause());
            }
        }, null, null, readOnly, explorerTemplate(config.desk()), config.payouts().threshold());
    }

    /** The window's context for an assembled desk: the keystore to unlock when the signer is one. */
    public static AppContext context(AssembledDesk assembled, DeskConfig config, String title, boolean readOnly) {
        KeystoreUnlock unlock = assembled.desk().signer() instanceof KeystoreUnlock k ? k : null;
        return AppContext.forDesk(assembled::desk, unlock, title, readOnly, explorerTemplate(config.desk()),
                config.payouts().threshold());
    }

    /** The config writes {@code {hash}} in the explorer URL; the window's links take {@code {tx}}. */
    static String explorerTemplate(DeskSettings desk) {
        return desk.explorer().map(t -> t.replace(DeskSettings.HASH_PLACEHOLDER, "{tx}")).orElse(null);
    }

    private DeskConfig found() throws ConfigException {
        Optional<Path> file = locator.find();
        if (file.isEmpty()) {
            throw new ConfigException("payout-desk: no config.json found (looked at "
                    + String.join(" and ", locator.candidates().stream().map(Path::toString).toList())
                    + "). Try the built-in demo pool with `payout-desk sandbox`, or name the pool's config with"
                    + " `payout-desk gui --config FILE`.");
        }
        try {
            return DeskConfig.load(file.get());
        } catch (ConfigException e) {
            String m = e.getMessage();
            throw new ConfigException(m.startsWith(file.get().toString()) ? m : file.get() + ": " + m, e);
        }
    }

    private int usage(String line) {
        err.println(line);
        err.flush();
        return ExitCode.USAGE;
    }
}
