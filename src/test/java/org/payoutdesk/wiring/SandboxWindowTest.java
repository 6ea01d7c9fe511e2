package org.payoutdesk.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.payoutdesk.app.AppContext;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.Sandbox;
import org.payoutdesk.sandbox.SeedSpec;
import org.payoutdesk.sandbox.StuckPayment;

/** payout-desk sandbox up to the window: what it prints, the context it opens, and that nothing outlives it. */
class SandboxWindowTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    /** Starts a sandbox of {@code miners} miners (dev account 0 is the pool) and keeps it in {@code started}. */
    private static Function<Boolean, Sandbox> starting(int miners, AtomicReference<Sandbox> started) {
        return readOnly -> {
            Sandbox s = Sandbox.start(SeedSpec.defaults().withMiners(miners).withPoolAddress(LocalAnvil.ACCOUNT_0), readOnly);
            started.set(s);
            return s;
        };
    }

    @Test
    void startsPrintsOpensSandboxWindowAndStopsEverythingWhenItCloses() {
        AtomicReference<Sandbox> started = new AtomicReference<>();
        List<AppContext> opened = new ArrayList<>();
        List<String> inWindow = new ArrayList<>();
        SandboxWindow launcher = new SandboxWindow(out, err, Optional::empty, starting(200, started), ctx -> {
            opened.add(ctx);
            PaymentDesk desk = ctx.deskFactory().get();
            inWindow.add(desk.ledger().endpointDisplay());
            inWindow.add(Integer.toString(desk.ledger().pendingPayments().size()));
            inWindow.add(Boolean.toString(desk.settings().readOnly()));
        });
        assertEquals(0, launcher.launch(new SandboxRequest(true)));
        Sandbox sandbox = started.get();
        AppContext ctx = opened.getFirst();
        assertEquals("Payout Desk — Sandbox", ctx.title());
        assertTrue(ctx.readOnly());
        assertEquals(null, ctx.explorerTxUrl());
        assertEquals(500_000_000L, ctx.globalThreshold());
        assertEquals(List.of(sandbox.redisEndpoint(), "2", "true"), inWindow);

        String printed = outBytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Redis      " + sandbox.redisEndpoint()), printed);
        assertTrue(printed.contains("anvil      " + sandbox.rpcUrl() + "  (chain id 31337, a block every 2 s)"), printed);
        assertTrue(printed.contains("pool       " + LocalAnvil.ACCOUNT_0), printed);
        assertTrue(printed.contains("miners     200 ("), printed);
        for (StuckPayment p : sandbox.summary().stuckPayments()) {
            assertTrue(printed.contains("stuck      " + p.member()), printed);
        }
        assertTrue(printed.contains(sandbox.summary().stuckPayments().getFirst().txHash().orElseThrow()), printed);
        assertTrue(printed.contains("removed when the window closes or on Ctrl-C"), printed);
        assertTrue(printed.strip().endsWith("Sandbox stopped: Redis and anvil are gone, their temporary directories removed."));
        assertEquals("", errBytes.toString(StandardCharsets.UTF_8));

        // The window closed: both servers are gone.
        assertFalse(sandbox.anvil().isAlive());
        assertFalse(sandbox.ledger().redis().isAlive());
    }

    @Test
    void aWindowThatFailsStillStopsTheServers() {
        AtomicReference<Sandbox> started = new AtomicReference<>();
        SandboxWindow launcher = new SandboxWindow(out, err, Optional::empty, starting(30, started), ctx -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        });
        assertEquals(2, launcher.launch(new SandboxRequest(false)));
        assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("xvfb-run"));
        assertFalse(started.get().anvil().isAlive());
        assertFalse(started.get().ledger().redis().isAlive());
    }

    @Test
    void noDisplayExits2WithoutStartingAnything() {
        List<Boolean> starts = new ArrayList<>();
        SandboxWindow launcher = new SandboxWindow(out, err, () -> Optional.of("no display here"), readOnly -> {
            starts.add(readOnly);
            throw new AssertionError("must not start");
        }, ctx -> {
            throw new AssertionError("must not open");
        });
        assertEquals(2, launcher.launch(new SandboxRequest(false)));
        assertEquals("no display here\n", errBytes.toString(StandardCharsets.UTF_8));
        assertEquals("", outBytes.toString(StandardCharsets.UTF_8));
        assertTrue(starts.isEmpty());
    }
}
