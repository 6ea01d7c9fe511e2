package org.payoutdesk.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.payoutdesk.app.AppContext;
import org.payoutdesk.config.DeskConfig;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.Sandbox;
import org.payoutdesk.sandbox.SeedSpec;

/** payout-desk gui up to the window: the config lookup, its errors, the display check, the context it opens. */
class GuiWindowTest {
    @TempDir
    Path cwd;
    @TempDir
    Path home;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    private final List<AppContext> opened = new ArrayList<>();

    private GuiWindow gui(Map<String, String> env, Optional<String> displayProblem) {
        return new GuiWindow(err, new ConfigLocator(cwd, home, env), () -> displayProblem, GuiWindowTest.this::openAsDeskAppDoes);
    }

    /** As DeskApp.start: the window asks for its engine first and is shown only when it has one. */
    private void openAsDeskAppDoes(AppContext ctx) {
        ctx.deskFactory().get();
        opened.add(ctx);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutAnyConfigItSuggestsTheSandboxAndExits2() {
        int exit = gui(Map.of(), Optional.empty()).launch(new GuiRequest(Optional.empty(), false));
        assertEquals(2, exit);
        assertEquals("payout-desk: no config.json found (looked at " + cwd.resolve("config.json") + " and "
                + home.resolve(".config/payout-desk/config.json") + "). Try the built-in demo pool with"
                + " `payout-desk sandbox`, or name the pool's config with `payout-desk gui --config FILE`.\n", err());
        assertTrue(opened.isEmpty());
    }

    @Test
    void aBadConfigFoundInXdgConfigHomeIsOneLineNamingFileAndField() throws Exception {
        Path xdg = home.resolve("xdg");
        Path file = xdg.resolve("payout-desk/config.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"coin\":\"eth\",\"redis\":{\"endpoint\":\"127.0.0.1:6379\"},\"payouts\":{\"threshold\":\"x\"}}");
        int exit = gui(Map.of("XDG_CONFIG_HOME", xdg.toString()), Optional.empty())
                .launch(new GuiRequest(Optional.empty(), false));
        assertEquals(2, exit);
        assertTrue(err().startsWith(file + ": payouts.threshold: "), err());
        assertEquals(1, err().lines().count());
        assertTrue(opened.isEmpty());
    }

    @Test
    void aConfigThatCannotPayIsRefusedBeforeTheDisplayIsLookedAt() throws Exception {
        // autoGas off without a gas price: a config error, reported even though there is no display either.
        Files.writeString(cwd.resolve("config.json"), "{\"coin\":\"eth\",\"redis\":{\"endpoint\":\"127.0.0.1:6379\"}}");
        int exit = gui(Map.of(), Optional.of("no display")).launch(new GuiRequest(Optional.empty(), false));
        assertEquals(2, exit);
        assertTrue(err().startsWith("payouts.gasPrice: missing while payouts.autoGas is false"), err());
    }

    @Test
    void noDisplayExits2BeforeConnectingAnything() throws Exception {
        // Redis on port 1 would fail with exit 1; the display is checked first.
        Files.writeString(cwd.resolve("config.json"),
                "{\"coin\":\"eth\",\"redis\":{\"endpoint\":\"127.0.0.1:1\"},\"payouts\":{\"autoGas\":true}}");
        String problem = DisplayCheck.problem(Map.of(), null).orElseThrow();
        int exit = gui(Map.of(), Optional.of(problem)).launch(new GuiRequest(Optional.empty(), false));
        assertEquals(2, exit);
        assertEquals(problem + "\n", err());
        assertTrue(opened.isEmpty());
    }

    @Test
    void anUnreachableRedisIsOneLineAndExit1() throws Exception {
        Files.writeString(cwd.resolve("config.json"),
                "{\"coin\":\"eth\",\"redis\":{\"endpoint\":\"127.0.0.1:1\"},\"payouts\":{\"autoGas\":true,\"timeout\":\"2s\"}}");
        CommandFailure f = assertThrows(CommandFailure.class,
                () -> gui(Map.of(), Optional.empty()).launch(new GuiRequest(Optional.empty(), false)));
        assertTrue(f.getMessage().startsWith("Redis at 127.0.0.1:1 is unreachable"), f.getMessage());
        assertTrue(opened.isEmpty());
    }

    @Test
    void opensTheWindowOnTheConfigsRedisAndNode() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SeedSpec.defaults().withMiners(60).withPoolAddress(LocalAnvil.ACCOUNT_0), false)) {
            DeskConfig config = sandbox.config();
            DeskConfig withExplorer = config.withDesk(new org.payoutdesk.config.DeskSettings(config.desk().keystore(),
                    config.desk().passwordFile(), config.desk().fees(), config.desk().maxFeePerGas(),
                    config.desk().maxPriorityFeePerGas(), config.desk().confirmations(), config.desk().scanDepth(),
                    Optional.of("https://etherscan.io/tx/{hash}"), true, config.desk().receiptTimeout(),
                    config.desk().operator()));
            List<String> seenInWindow = new ArrayList<>();
            GuiWindow gui = new GuiWindow(err, new ConfigLocator(cwd, home, Map.of()), Optional::empty, ctx -> {
                opened.add(ctx);
                PaymentDesk desk = ctx.deskFactory().get();
                seenInWindow.add(desk.signer().address());
                seenInWindow.add(Integer.toString(desk.ledger().payeeTable().rows().size()));
                seenInWindow.add(Boolean.toString(desk.settings().readOnly()));
            });
            assertEquals(0, gui.launch(new GuiRequest(Optional.of(withExplorer), false)));
            assertEquals(1, opened.size());
            AppContext ctx = opened.getFirst();
            assertEquals("Payout Desk", ctx.title());
            assertTrue(ctx.readOnly(), "desk.readOnly in the config makes the window read-only");
            assertEquals("https://etherscan.io/tx/{tx}", ctx.explorerTxUrl());
            assertEquals(500_000_000L, ctx.globalThreshold());
            assertNull(ctx.keystoreUnlock(), "the node signs: nothing to unlock");
            assertEquals(List.of(LocalAnvil.ACCOUNT_0, "60", "true"), seenInWindow);
            assertEquals("", err());
        }
    }

    @Test
    void theToolkitStartsWhileRedisIsStillConnectingAndNoWindowOpensWhenItFails() throws Exception {
        // A Redis that accepts the connection and never answers: the ping times out after payouts.timeout.
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Files.writeString(cwd.resolve("config.json"), "{\"coin\":\"eth\",\"redis\":{\"endpoint\":\"127.0.0.1:"
                    + silent.getLocalPort() + "\"},\"payouts\":{\"autoGas\":true,\"timeout\":\"2s\"}}");
            List<Long> waitedMillis = new ArrayList<>();
            GuiWindow gui = new GuiWindow(err, new ConfigLocator(cwd, home, Map.of()), Optional::empty, ctx -> {
                long t = System.nanoTime();
                try {
                    ctx.deskFactory().get();
                    opened.add(ctx);
                } finally {
                    waitedMillis.add((System.nanoTime() - t) / 1_000_000);
                }
            });
            assertThrows(CommandFailure.class, () -> gui.launch(new GuiRequest(Optional.empty(), false)));
            assertEquals(1, waitedMillis.size(), "the window (toolkit) was started before Redis answered");
            assertTrue(waitedMillis.getFirst() >= 1_000, "it waited for the connection: " + waitedMillis);
            assertTrue(opened.isEmpty(), "but no window opened");
        }
    }

    @Test
    void theReadOnlyFlagMakesTheEngineReadOnlyToo() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SeedSpec.defaults().withMiners(40).withPoolAddress(LocalAnvil.ACCOUNT_0), false)) {
            List<Boolean> engineReadOnly = new ArrayList<>();
            GuiWindow gui = new GuiWindow(err, new ConfigLocator(cwd, home, Map.of()), Optional::empty, ctx -> {
                opened.add(ctx);
                engineReadOnly.add(ctx.deskFactory().get().settings().readOnly());
            });
            assertFalse(sandbox.config().desk().readOnly());
            assertEquals(0, gui.launch(new GuiRequest(Optional.of(sandbox.config()), true)));
            assertTrue(opened.getFirst().readOnly());
            assertEquals(List.of(true), engineReadOnly);
        }
    }
}
