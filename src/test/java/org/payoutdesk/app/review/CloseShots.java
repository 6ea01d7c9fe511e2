package org.payoutdesk.app.review;

import static org.payoutdesk.app.Shots.onFx;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.payoutdesk.app.AppContext;
import org.payoutdesk.app.BatchCloseGuard;
import org.payoutdesk.app.DeskApp;
import org.payoutdesk.app.MainController;
import org.payoutdesk.app.Shots;
import org.payoutdesk.chain.NodeAccountSigner;
import org.payoutdesk.chain.Web3EthNode;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutSettings;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.ChainRpc;
import org.payoutdesk.testing.GoPoolFixture;

/**
 * The real DeskApp (its close guard, its stop()) closed mid-batch, with screenshots of the question
 * (light, dark) and of the stopping state; then checks that the ledger was left whole:
 * {@code xvfb-run -a -s "-screen 0 1280x800x24" java <launcher flags> -cp target/test-classes:target/classes:target/lib/*
 * org.payoutdesk.app.review.CloseShots docs/screenshots}
 */
public final class CloseShots {
    private static Path dir;
    private static volatile boolean slowSend;

    private CloseShots() {
    }

    public static void main(String[] args) throws Exception {
        dir = Shots.outDir(args);
        LocalRedis redis = LocalRedis.start();
        LocalAnvil anvil = LocalAnvil.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { anvil.close(); redis.close(); }));
        GoPoolFixture pool = new GoPoolFixture(redis, "eth");
        long[] amounts = {12_480_000_117L, 7_250_000_000L, 4_100_030_000L, 2_999_999_999L, 1_870_400_000L,
                1_500_000_001L, 1_204_000_000L, 980_000_000L};
        for (int i = 0; i < amounts.length; i++) pool.credit(String.format("0x%040x", 0xc105e000L + i * 7919L), amounts[i]);
        ChainRpc rpc = new ChainRpc(anvil.rpcUrl());
        rpc.automine(false);
        rpc.call("evm_setIntervalMining", "1");
        RedisPoolLedger ledger = new RedisPoolLedger(GoPoolFixture.endpoint(redis), "eth");
        Web3EthNode node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(3));
        HookedSigner signer = new HookedSigner(new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true));
        // From the fifth payment on, a long broadcast: the stopping state stays on screen for the shot.
        signer.beforeSend = n -> {
            if (n >= 5) slowSend = true;
            sleep(n >= 5 ? 3000 : 800);
        };
        PayoutSettings settings = new PayoutSettings(LocalAnvil.ACCOUNT_0, 500_000_000L, 0, true, null, null,
                PayoutSettings.FeeMode.LEGACY, null, null, false, Duration.ofSeconds(30), 10_000, false, "operator");
        PaymentDesk desk = new PaymentDesk(ledger, node, signer, settings, Duration.ofMillis(100));
        AppContext ctx = AppContext.forDesk(() -> desk, null, "Sandbox", false, null, 500_000_000L);
        Thread driver = new Thread(CloseShots::drive, "close-shots");
        driver.setDaemon(true);
        driver.start();
        DeskApp.launch(ctx); // returns once the window closed and DeskApp.stop() closed the ledger
        Map<String, String> pending = pool.raw.zrange(pool.key("payments", "pending"));
        boolean lock = pool.raw.exists(pool.key("payments", "lock"));
        int paid = 0;
        for (int i = 0; i < amounts.length; i++) {
            String login = String.format("0x%040x", 0xc105e000L + i * 7919L);
            boolean p = "0".equals(pool.raw.hgetall(pool.key("miners", login)).get("balance"));
            if (p && !Shannon.toWei(amounts[i]).equals(rpc.balance(login))) throw new AssertionError(login + " on chain");
            if (p) paid++;
        }
        System.out.println("after close: paid " + paid + " of " + amounts.length + ", pending " + pending.keySet()
                + ", lock " + lock);
        if (!pending.isEmpty() || lock || paid == 0 || paid == amounts.length) throw new AssertionError("ledger not whole");
        System.out.println("CLOSE OK");
        pool.close();
        node.close();
        System.exit(0);
    }

    private static void drive() {
        try {
            Stage main = (Stage) waitFor(() -> Window.getWindows().stream().filter(Window::isShowing).findFirst().orElse(null));
            MainController window = MainController.of(main.getScene());
            ReviewView review = onFx(() -> window.reviewDialog().view());
            Thread.sleep(2000);
            onFx(() -> { window.reviewButton().fire(); return null; });
            until(() -> call(() -> review.selection() != null && !review.sendButton().isDisabled()));
            onFx(() -> { ((javafx.scene.control.CheckBox) review.lookup("#" + ReviewView.ID_WAIT_EACH)).setSelected(true); return null; });
            onFx(() -> { review.sendButton().fire(); return null; });
            Button ok = (Button) waitFor(() -> call(() -> lookup("#" + ReviewView.ID_CONFIRM_OK)));
            onFx(() -> { ok.fire(); return null; });
            until(() -> call(() -> review.progressShown().getValue() != null && review.progressShown().getValue().paid() >= 2));
            onFx(() -> { main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)); return null; });
            Button stopAndClose = (Button) waitFor(() -> call(() -> lookup("#" + BatchCloseGuard.ID_STOP_AND_CLOSE)));
            Thread.sleep(800);
            shot("close-confirm-light.png");
            onFx(() -> { Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()); return null; });
            Thread.sleep(800);
            shot("close-confirm-dark.png");
            onFx(() -> { Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()); return null; });
            until(() -> slowSend);
            onFx(() -> { stopAndClose.fire(); return null; });
            shot("close-stopping-light.png");
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static javafx.scene.Node lookup(String selector) {
        for (Window w : List.copyOf(Window.getWindows())) {
            javafx.scene.Node n = w.getScene() == null ? null : w.getScene().lookup(selector);
            if (n != null) return n;
        }
        return null;
    }

    private static Object waitFor(Callable<Object> c) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Object v = onFxThread(c);
            if (v != null) return v;
            Thread.sleep(100);
        }
        throw new IllegalStateException("timed out");
    }

    private static void until(BooleanSupplier condition) throws Exception {
        waitFor(() -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }

    private static <T> T call(Callable<T> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T onFxThread(Callable<T> c) throws Exception {
        return Platform.isFxApplicationThread() ? c.call() : onFx(c);
    }

    private static void shot(String name) throws Exception {
        onFx(() -> null);
        Thread.sleep(300);
        Shots.grabScreen(dir.resolve(name));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
